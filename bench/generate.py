#!/usr/bin/env python3
"""Writes a realistic dvk register of N models for benchmarks.

Usage: bench/generate.py N DIR [--seed S]

Vietnamese names and units (NFC), sub-folders by year, events (proposals,
recognitions, commendations, replications, discontinuations), outcomes and
assessments under one criteria set, dates on both sides of 2025-07-01.
Deterministic for a given N and seed. Records are about 1 KB each.
"""
import os
import random
import sys

FIELDS = ["kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh", "xay_dung_he_thong_chinh_tri"]
LEVELS = ["xa", "huyen", "tinh"]
PROVINCES = ["Quảng Ninh", "Quảng Bình", "Bình Thuận", "Bắc Kạn", "Bắc Giang", "Thái Nguyên", "Lâm Đồng"]
DISTRICTS = ["Đầm Hà", "Tuyên Hóa", "Pác Nặm", "Hàm Thuận Bắc", "Tân Yên", "Bình Liêu", "Tiên Yên"]
COMMUNES = ["Quảng Tân", "Dực Yên", "Quảng Lâm", "Đầm Hà", "Thạch Hóa", "Lâm Hóa", "Mai Hóa",
            "Nhạn Môn", "Bộc Bố", "Cao Tân", "Hàm Liêm", "Đồng Lê", "An Thắng", "Tân Trung"]
UNITS = ["Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã", "Hội Cựu chiến binh xã",
         "Ủy ban MTTQ xã", "Đảng ủy xã", "UBND xã", "Công an xã", "Chi hội Nông dân thôn"]
PEOPLE = ["Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Văn Đức", "Phạm Thị Hoa", "Hoàng Văn Cầm",
          "Đặng Thị Mai", "Bùi Văn Thắng", "Vũ Thị Hằng"]
NAMES = ["Xây dựng vườn mẫu", "Hiến đất làm đường giao thông nông thôn", "Thắp sáng đường quê",
         "Tổ hòa giải ở cơ sở", "Chính quyền thân thiện vì nhân dân phục vụ", "5 không, 3 sạch",
         "Liên kết tiêu thụ nông sản", "Xóa nhà tạm, nhà dột nát", "Dân vận khéo trong cải cách hành chính",
         "Camera an ninh thôn xóm", "Giữ rừng đầu nguồn", "Phụ nữ tiết kiệm vì người nghèo"]
METRICS = ["dat_hien_m2", "ngay_cong", "tien_dong", "lop_tap_huan", "ho_tham_gia", "duong_km"]
JUDGED = ["gan_lanh_dao", "huy_dong", "nhan_dan_ung_ho", "giai_quyet_kho"]

CRITERIA = '''title = "Tiêu chí xét công nhận mô hình Dân vận khéo (bộ thử)"
issuer = "Ban Dân vận Tỉnh ủy"
issued = 2021-05-25
applies = "kind:mo_hinh"
min_score = 70

[[criterion]]
id = "ten_dia_chi"
text = "Có tên gọi, địa chỉ cụ thể"
check = "name? unit? commune?"
required = true
points = 10

[[criterion]]
id = "linh_vuc"
text = "Thuộc một trong bốn lĩnh vực"
check = "field?"
required = true
points = 10

[[criterion]]
id = "gan_lanh_dao"
text = "Gắn với sự lãnh đạo của cấp ủy"
required = true
points = 10

[[criterion]]
id = "huy_dong"
text = "Huy động được nhiều lực lượng"
required = true
points = 15

[[criterion]]
id = "lan_toa"
text = "Có sức lan tỏa, có số liệu đo được"
check = "outcome.ho_tham_gia>0"
points = 15

[[criterion]]
id = "nhan_dan_ung_ho"
text = "Được nhân dân ủng hộ"
required = true
points = 15

[[criterion]]
id = "giai_quyet_kho"
text = "Giải quyết vấn đề khó"
points = 10

[[criterion]]
id = "ben_vung"
text = "Duy trì từ 6 tháng"
check = "months>=6"
required = true
points = 15
'''


def slug(text):
    import unicodedata
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    out, dash = [], False
    for c in text:
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def date(rng, year):
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def model(rng, i):
    year = rng.randint(2016, 2026)
    registered = date(rng, year)
    commune = rng.choice(COMMUNES)
    person = rng.random() < 0.15
    unit = rng.choice(PEOPLE) if person else f"{rng.choice(UNITS)} {commune}"
    name = rng.choice(NAMES)
    level = rng.choices(LEVELS, weights=[70, 25, 5])[0]
    field = rng.choice(FIELDS)
    lines = [
        f'name = "{name}"',
        f'unit = "{unit}"',
        f'subject = "{"ca_nhan" if person else "tap_the"}"',
        f'field = "{field}"',
        f'level = "{level}"',
        f"registered = {registered}",
    ]
    if rng.random() < 0.1:
        lines.append('kind = "dien_hinh"')
    lines.append(f'phase = "{"2016-2020" if year <= 2020 else "2021-2025" if year <= 2025 else "2026-2030"}"')
    lines.append(f'province = "{rng.choice(PROVINCES)}"')
    if registered < "2025-07-01":
        lines.append(f'district = "{rng.choice(DISTRICTS)}"')
    lines.append(f'commune = "{commune}"')
    lines.append('tags = ["nong-thon-moi"]')
    lines.append('summary = """\nVận động nhân dân cùng tham gia, cán bộ đến từng hộ hướng dẫn;'
                 ' kết quả được duy trì và nhân rộng.\n"""')
    for y in range(year, min(year + rng.randint(0, 3), 2026) + 1):
        if rng.random() < 0.5:
            lines.append(f"\n[[outcome]]\nyear = {y}")
            for m in rng.sample(METRICS, 2):
                lines.append(f"{m} = {rng.randint(1, 5000)}")
    if rng.random() < 0.2:
        results = ", ".join(f"{c} = {'true' if rng.random() < 0.8 else 'false'}" for c in JUDGED)
        lines.append(f'\n[[assessment]]\ndate = {date(rng, min(year + 1, 2026))}\n'
                     f'criteria = "hd-thu"\nby = "Tổ thẩm định"\nresults = {{ {results} }}')
    day = registered
    for kind in ["de_nghi", "cong_nhan", "khen_thuong", "nhan_rong", "ngung"]:
        if rng.random() < 0.5:
            break
        y = min(int(day[:4]) + rng.randint(0, 1), 2026)
        day = max(day, date(rng, y))
        ev_level = "tinh" if day >= "2025-07-01" and level == "huyen" else level
        lines.append(f"\n[[event]]\ndate = {day}\ntype = \"{kind}\"")
        if kind in ("de_nghi", "cong_nhan"):
            lines.append(f'level = "{ev_level}"')
        if kind == "cong_nhan":
            lines.append(f'decision = "{rng.randint(1, 999)}-QĐ/HU"\nauthority = "Ban Thường vụ Huyện ủy"')
        if kind == "khen_thuong":
            lines.append('form = "giay_khen"\nauthority = "UBND huyện"')
        if kind == "nhan_rong":
            lines.append(f'place = "xã {rng.choice(COMMUNES)}"')
    ident = f"{year}-{slug(commune)}-{slug(name)}"[:54] .rstrip("-") + f"-{i}"
    return year, ident, "\n".join(lines) + "\n"


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 2025
    rng = random.Random(seed)
    os.makedirs(os.path.join(out, "models"), exist_ok=True)
    os.makedirs(os.path.join(out, "criteria"), exist_ok=True)
    with open(os.path.join(out, "dvk.toml"), "w", encoding="utf-8") as f:
        f.write('name = "Sổ theo dõi (bộ thử hiệu năng)"\n')
    with open(os.path.join(out, "criteria", "hd-thu.toml"), "w", encoding="utf-8") as f:
        f.write(CRITERIA)
    made = set()
    for i in range(n):
        year, ident, text = model(rng, i)
        folder = os.path.join(out, "models", str(year))
        if year not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(year)
        with open(os.path.join(folder, ident + ".toml"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
