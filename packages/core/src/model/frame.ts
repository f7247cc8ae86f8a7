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

/** The word that introduces a basis entry, as the document writes it. */
export const BasisVerb = z.enum(["Thực hiện", "Căn cứ", "Theo", "Triển khai"]).meta({ id: "BasisVerb" });

/** How a cited date is written: "ngày 08/5/2024" (short) or "ngày 08 tháng 5 năm 2024" (long). */
export const DateStyle = z.enum(["short", "long"]).meta({ id: "DateStyle" });

/** One entry of the basis (căn cứ): the request or legal text the document answers. */
export const BasisEntry = z
  .strictObject({
    verb: BasisVerb,
    citation: Citation,
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

/**
 * The signature block: "KT. GIÁM ĐỐC" (authority + onBehalfOf) / "PHÓ GIÁM ĐỐC" (title) / name.
 */
export const Signature = z
  .strictObject({
    authority: Authority,
    onBehalfOf: Line.optional(),
    title: Line.optional(),
    name: Name,
  })
  .meta({ id: "Signature" });
export type Signature = z.infer<typeof Signature>;

/** Recipients ("Nơi nhận") and the archive line ("Lưu: VT, NTT."). */
export const Recipients = z
  .strictObject({
    /** "Kính gửi:" addressees, for reports sent to a higher body. */
    addressees: z.array(Line).max(50).optional(),
    list: z.array(Line).max(200),
    archive: z.array(Line).min(1).max(20),
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
  })
  .meta({ id: "Frame" });
export type Frame = z.infer<typeof Frame>;
