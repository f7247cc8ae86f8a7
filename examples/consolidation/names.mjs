/**
 * The names the generated example province is made of (examples/consolidation/generate.mjs): its
 * wards, communes, special zones and departments (Quảng Ninh after the 2025 arrangement), people's
 * names, partners, trips and donors as reports of the seeds write them.
 */
export const WARDS = [
  "Hạ Long",
  "Bãi Cháy",
  "Hồng Gai",
  "Tuần Châu",
  "Việt Hưng",
  "Hoành Bồ",
  "Hà Lầm",
  "Hà Tu",
  "Cao Xanh",
  "Cẩm Phả",
  "Quang Hanh",
  "Cửa Ông",
  "Mông Dương",
  "Uông Bí",
  "Vàng Danh",
  "Yên Tử",
  "Đông Triều",
  "Mạo Khê",
  "Bình Khê",
  "An Sinh",
  "Hoàng Quế",
  "Quảng Yên",
  "Đông Mai",
  "Hiệp Hòa",
  "Liên Hòa",
  "Phong Cốc",
  "Hà An",
  "Móng Cái 1",
  "Móng Cái 2",
  "Móng Cái 3",
];
export const COMMUNES = [
  "Quảng La",
  "Thống Nhất",
  "Hải Hòa",
  "Tiên Yên",
  "Điền Xá",
  "Đông Ngũ",
  "Hải Lạng",
  "Bình Liêu",
  "Hoành Mô",
  "Lục Hồn",
  "Ba Chẽ",
  "Kỳ Thượng",
  "Lương Minh",
  "Đầm Hà",
  "Quảng Tân",
  "Quảng Hà",
  "Đường Hoa",
  "Quảng Đức",
  "Hải Sơn",
  "Hải Ninh",
  "Vĩnh Thực",
  "Cái Chiên",
];
export const SPECIAL_ZONES = ["Vân Đồn", "Cô Tô"];
export const DEPARTMENTS = [
  ["so-ngoai-vu", "Sở Ngoại vụ", "SNgV"],
  ["so-tai-chinh", "Sở Tài chính", "STC"],
  ["so-cong-thuong", "Sở Công Thương", "SCT"],
  ["so-van-hoa", "Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"],
  ["so-giao-duc", "Sở Giáo dục và Đào tạo", "SGDĐT"],
  ["so-y-te", "Sở Y tế", "SYT"],
  ["so-noi-vu", "Sở Nội vụ", "SNV"],
  ["so-khcn", "Sở Khoa học và Công nghệ", "SKHCN"],
  ["so-nn-mt", "Sở Nông nghiệp và Môi trường", "SNNMT"],
  ["so-xay-dung", "Sở Xây dựng", "SXD"],
];
/** Sources of funding as the outbound-delegation appendix of Sở TTTT Lạng Sơn writes them. */
export const FUNDING = [
  ...new Set(
    DEPARTMENT_TEMPLATE.body.areas.delegations.facts.delegations
      .map((d) => d.funding)
      .filter((f) => f.length < 30),
  ),
];
export const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Vũ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Ngô",
  "Dương",
  "Lý",
];
export const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Hữu", "Quang", "Thanh", "Ngọc"];
export const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Giang",
  "Hà",
  "Hải",
  "Hùng",
  "Lan",
  "Linh",
  "Nam",
  "Phương",
  "Sơn",
  "Thắng",
  "Yến",
];
export const PARTNERS = [
  ["Trung Quốc", "Phó Bí thư Thị ủy Đông Hưng", "Đoàn công tác Thị ủy Đông Hưng (Quảng Tây, Trung Quốc)"],
  [
    "Trung Quốc",
    "Phó Chủ tịch Chính quyền Nhân dân huyện Phòng Thành",
    "Đoàn công tác khu Phòng Thành (Quảng Tây, Trung Quốc)",
  ],
  ["Hàn Quốc", "Phó Chủ tịch", "Đoàn Hội hữu nghị Hàn - Việt tỉnh Gyeonggi"],
  ["Nhật Bản", "Trưởng phòng", "Đoàn Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO)"],
  ["Lào", "Phó Tỉnh trưởng", "Đoàn đại biểu tỉnh Luang Prabang"],
];
export const TRIPS = [
  ["Trung Quốc", "Giám đốc Sở", "Hội chợ Thương mại quốc tế Việt - Trung (Bằng Tường)"],
  ["Hàn Quốc", "Phó Giám đốc Sở", "Xúc tiến đầu tư tại tỉnh Gyeonggi, Hàn Quốc"],
  ["Nhật Bản", "Phó Chủ tịch UBND tỉnh", "Xúc tiến du lịch tại Osaka, Nhật Bản"],
  ["Singapore", "Phó Giám đốc Sở", "Tham dự diễn đàn đô thị thông minh ASEAN"],
];
export const DONORS = [
  ["Tổ chức Tầm nhìn Thế giới (World Vision)", "Hoa Kỳ"],
  ["Tổ chức Plan International", "Anh"],
  ["Quỹ Nhi đồng Liên hợp quốc (UNICEF)", "Liên hợp quốc"],
  ["Tổ chức Đông Tây Hội ngộ (EMW)", "Hoa Kỳ"],
];
