/**
 * The NĐ 30/2020 frame shared by every kind: header, number and symbol, place and date,
 * subject, basis, recipients, signature block, status, urgency, digital signatures.
 */
import * as z from "zod";
import { LIMITS } from "./limits";
import { Citation, IsoDateTime, Line, Name, PartialDate, Text } from "./values";

/** The issuing body with the abbreviation used in symbols ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "STTTT"). */
export const IssuingBody = z
  .strictObject({
    name: Line,
    abbreviation: z
      .string()
      .regex(/^[\p{L}\d&]{1,20}$/u)
      .optional(),
  })
  .meta({ id: "IssuingBody" });

/** The four words that most often introduce a basis entry (the form offers them first). */
export const BASIS_VERBS = ["Thực hiện", "Căn cứ", "Theo", "Triển khai"] as const;
/** The known basis verbs as an enum (kept for tools that list them). */
export const BasisVerb = z.enum(BASIS_VERBS).meta({ id: "BasisVerb" });

/** How a cited date is written: "ngày 08/5/2024" (short) or "ngày 08 tháng 5 năm 2024" (long). */
export const DateStyle = z.enum(["short", "long"]).meta({ id: "DateStyle" });

/** One entry of the basis (căn cứ): the request or legal text the document answers. */
export const BasisEntry = z
  .strictObject({
    /**
     * The words that introduce the citation, as the document writes them: "Thực hiện", "Căn cứ",
     * "Theo", "Triển khai", or the document's own ("Xét đề nghị của Sở Ngoại vụ tại", "Thực hiện ý
     * kiến chỉ đạo của Ban Thường vụ Tỉnh ủy tại").
     */
    verb: Line,
    citation: Citation,
    /**
     * Further texts cited in the same paragraph, in order: "Căn cứ A; B và C;" (joined by ";",
     * the last by "và").
     */
    citations: z.array(Citation).max(20).optional(),
    /** How the cited date is written in this sentence: "ngày 08/5/2024" or "ngày 08 tháng 5 năm 2024". */
    dateStyle: DateStyle.optional(),
    /** The document's own sentence, when it differs from the generated one. */
    text: Text.optional(),
  })
  .meta({ id: "BasisEntry" });
export type BasisEntry = z.infer<typeof BasisEntry>;

/** Signing authority: TM., KT., TL., TUQ., Q., or none when the head signs as such. */
export const Authority = z.enum(["TM", "KT", "TL", "TUQ", "Q", "none"]).meta({ id: "Authority" });
export type Authority = z.infer<typeof Authority>;

/** The second level under "TM.": "KT.", "TL." or "TUQ." before the head's title. */
export const SecondAuthority = z.enum(["KT", "TL", "TUQ"]).meta({ id: "SecondAuthority" });

/**
 * The signature block: "KT. GIÁM ĐỐC" (authority + onBehalfOf) / "PHÓ GIÁM ĐỐC" (title) / name.
 * Two levels (NĐ 30, Phụ lục I): "TM. ỦY BAN NHÂN DÂN" (authority, onBehalfOf) / "KT. CHỦ TỊCH"
 * (`second`) / "PHÓ CHỦ TỊCH" (title). The name may be left out only in an excerpt whose source
 * ends before the signature (`Frame.excerpt`).
 */
export const Signature = z
  .strictObject({
    authority: Authority,
    onBehalfOf: Line.optional(),
    second: z
      .strictObject({ authority: SecondAuthority, onBehalfOf: Line })
      .meta({ id: "SecondSignatureAuthority" })
      .optional(),
    title: Line.optional(),
    name: Name.optional(),
  })
  .meta({ id: "Signature" });
export type Signature = z.infer<typeof Signature>;

/** Recipients ("Nơi nhận") and the archive line ("Lưu: VT, NTT."). */
export const Recipients = z
  .strictObject({
    /** "Kính gửi:" addressees, for reports sent to a higher body. */
    addressees: z.array(Line).max(50).optional(),
    list: z.array(Line).max(200),
    /** "Lưu: VT, NTT.": "VT" first; empty only in an excerpt whose source ends before it. */
    archive: z.array(Line).max(20),
  })
  .meta({ id: "Recipients" });
export type Recipients = z.infer<typeof Recipients>;

export const DigitalSignature = z
  .strictObject({
    signedAt: IsoDateTime,
    signer: Line.optional(),
    organization: Line.optional(),
  })
  .meta({ id: "DigitalSignature" });

export const Urgency = z.enum(["khan", "thuong-khan", "hoa-toc"]).meta({ id: "Urgency" });

/** A draft or an issued document. */
export const DocumentStatus = z.enum(["draft", "issued"]).meta({ id: "DocumentStatus" });

/**
 * A document typed from the opening of a source (a stored copy that stops before the end): where
 * the text was copied from. The document then ends where the source text ends: no generated
 * closing sentence; a last line "(Nguồn: … — văn bản gốc còn tiếp)".
 */
export const Excerpt = z
  .strictObject({
    /** The copy the text was taken from: an address or a name ("thuvienphapluat.vn, bản lưu"). */
    source: Line,
  })
  .meta({ id: "Excerpt" });
export type Excerpt = z.infer<typeof Excerpt>;

export const Frame = z
  .strictObject({
    parentBody: Line.optional(),
    issuingBody: IssuingBody,
    /** The number; null or absent in a draft ("Số:       /BC-UBND"). */
    number: z.number().int().min(1).max(999_999).nullable().optional(),
    /**
     * Kind abbreviation and issuer: "BC-UBND", "TB-UBND", "KH-UBND", "BC-STTTT"; Party style
     * (kind/issuer, numbered "Số: 12-KH/ĐU") for documents of Party committees: "KH/ĐU".
     */
    symbol: z
      .string()
      .max(LIMITS.code)
      .regex(/^[\p{L}\d&.]+(-[\p{L}\d&.]+)+$|^[\p{L}\d&.]+\/[\p{L}\d&.]+(-[\p{L}\d&.]+)*$/u),
    place: Line,
    date: PartialDate.optional(),
    subject: z.string().min(1).max(LIMITS.subject),
    basis: z.array(BasisEntry).max(100).optional(),
    recipients: Recipients,
    signature: Signature,
    status: DocumentStatus,
    urgency: Urgency.optional(),
    digitalSignatures: z.array(DigitalSignature).max(20).optional(),
    excerpt: Excerpt.optional(),
  })
  .meta({ id: "Frame" });
export type Frame = z.infer<typeof Frame>;
