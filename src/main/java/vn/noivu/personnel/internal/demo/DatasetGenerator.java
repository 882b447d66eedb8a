package vn.noivu.personnel.internal.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import vn.noivu.personnel.internal.load.LongIntMap;
import vn.noivu.personnel.internal.load.PersonnelImport;
import vn.noivu.personnel.internal.person.NationalId;

/**
 * A synthetic but plausible national dataset of cadres, civil servants and public employees in the
 * import format: Vietnamese names (family names by their national frequency, middle and given names
 * by sex), ages 22–61, categories and ranks by the kind of unit (public service units employ teachers,
 * doctors and nurses; communes employ commune officials; agencies employ civil servants), salary steps
 * that follow the years in the rank, and valid ID numbers. Deterministic for a given seed: the demo
 * regenerates the same people at every start.
 */
public final class DatasetGenerator {

    /** A unit people can be placed in. */
    public record Unit(String code, String type, String provinceCode, LocalDate validFrom) {}

    /** Job positions exist from NĐ 36/2013/NĐ-CP on: an employment version naming one starts no earlier. */
    static final LocalDate POSITIONS_FROM = LocalDate.of(2013, 6, 10);

    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai", "Trịnh", "Đào", "Cao", "Lưu", "Hà", "Tạ", "Chu", "Kiều",
        "Quách", "Tô", "Vương", "Thái", "Lương", "Triệu", "Nông", "Hứa", "Lò", "Lục", "Châu", "Tăng"
    };
    /** Rough shares in per mille (Nguyễn ≈ 38 %, Trần ≈ 11 %, …). */
    private static final int[] FAMILY_WEIGHT = {
        380, 110, 95, 70, 41, 10, 45, 25, 14, 21, 20, 14, 13, 13, 10, 5, 9, 8, 6, 6, 6, 6, 5, 4, 5, 3, 3, 2, 2, 3, 2, 3,
        4, 2, 3, 2, 2, 2, 2, 2
    };

    private static final String[] MIDDLE_MALE = {
        "Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Công", "Xuân", "Ngọc", "Duy", "Trung", "Mạnh",
        "Tiến", "Quốc", "Đình", "Anh", "Hoàng", "Thế", "Bá", "Trọng", "Tuấn", "Việt", "Hải"
    };
    private static final String[] MIDDLE_FEMALE = {
        "Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Hồng", "Phương", "Thúy", "Bích", "Hoài",
        "Diệu", "Khánh", "Mai", "Bảo", "Quỳnh", "Lan", "Thùy", "Mỹ", "Hải", "Tường", "Như"
    };
    private static final String[] GIVEN_MALE = {
        "Hùng", "Dũng", "Tuấn", "Anh", "Minh", "Nam", "Hải", "Long", "Sơn", "Thắng", "Cường", "Đạt", "Phong",
        "Quân", "Trung", "Hiếu", "Khánh", "Lâm", "Tùng", "Vinh", "Bình", "Toàn", "Thành", "Hưng", "Việt", "Huy",
        "Kiên", "Lực", "Nghĩa", "Phúc", "Quang", "Tài", "Thịnh", "Trí", "Tú", "Vũ", "Bảo", "Chiến", "Công",
        "Duy", "Đức", "Giang", "Hà", "Hậu", "Hoàng", "Khoa", "Linh", "Lợi", "Mạnh", "Ngọc", "Nhân", "Phát",
        "Quý", "Sang", "Tâm", "Thái", "Thiện", "Thông", "Tiến", "Trường", "Tuyên", "Văn", "Vỹ", "Xuân", "Yên"
    };
    private static final String[] GIVEN_FEMALE = {
        "Lan", "Hương", "Hoa", "Mai", "Linh", "Thảo", "Trang", "Hà", "Ngọc", "Nhung", "Huyền", "Yến", "Phương",
        "Thủy", "Hằng", "Dung", "Loan", "Oanh", "Vân", "Giang", "Nga", "Hạnh", "Trinh", "Quyên", "Thư", "Anh",
        "Chi", "Diệp", "Duyên", "Hiền", "Hồng", "Huệ", "Khuê", "Liên", "Ly", "My", "Nguyệt", "Nhi", "Oanh",
        "Phượng", "Quỳnh", "Tâm", "Thanh", "Thoa", "Thúy", "Tuyết", "Uyên", "Vy", "Xuân", "Yên", "Ánh", "Bích",
        "Cúc", "Đào", "Gấm", "Hậu", "Lệ", "Lụa", "Ngân", "Nhàn", "Sen", "Tươi", "Vui", "Hiên", "Kiều"
    };

    private record RankChoice(String rank, int weight, String position, String scale, int steps, int interval) {}

    private static final RankChoice[] CIVIL = {
        new RankChoice("01.003", 560, "CM-TH", "A1", 9, 36),
        new RankChoice("01.002", 180, "LD-TP", "A2.1", 8, 36),
        new RankChoice("01.001", 30, "LD-PTT", "A3.1", 6, 36),
        new RankChoice("01.004", 60, "CM-TH", "A0", 10, 36),
        new RankChoice("04.025", 50, "CM-TTR", "A1", 9, 36),
        new RankChoice("06.031", 60, "CM-KT", "A1", 9, 36),
        new RankChoice("02.007", 40, "HT-VT", "A1", 9, 36),
        new RankChoice("01.003", 20, "CM-TCCB", "A1", 9, 36)
    };
    private static final RankChoice[] PUBLIC = {
        new RankChoice("V.07.05.15", 110, "GV-THPT", "A1", 9, 36),
        new RankChoice("V.07.05.14", 50, "GV-THPT", "A2.2", 8, 36),
        new RankChoice("V.07.04.32", 150, "GV-THCS", "A1", 9, 36),
        new RankChoice("V.07.04.31", 50, "GV-THCS", "A2.2", 8, 36),
        new RankChoice("V.07.03.29", 200, "GV-TH", "A1", 9, 36),
        new RankChoice("V.07.02.26", 150, "GV-MN", "A0", 10, 36),
        new RankChoice("V.08.01.03", 90, "YT-BS", "A1", 9, 36),
        new RankChoice("V.08.05.12", 140, "YT-DD", "A1", 9, 36),
        new RankChoice("V.01.02.02", 20, "HT-LT", "A1", 9, 36),
        new RankChoice("06.031", 40, "CM-KT", "A1", 9, 36)
    };
    private static final RankChoice[] COMMUNE = {
        new RankChoice("01.003", 750, "CX-VP", "A1", 9, 36), new RankChoice("01.004", 250, "CX-VP", "A0", 10, 36)
    };

    private static final int[] PROVINCES = NationalId.PROVINCE_CODES.stream()
            .mapToInt(Integer::intValue)
            .sorted()
            .toArray();

    private final SplittableRandom random;
    private final LocalDate today;
    private final LongIntMap usedIds;

    public DatasetGenerator(long seed, LocalDate today, int expected) {
        this.random = new SplittableRandom(seed);
        this.today = today;
        this.usedIds = new LongIntMap(Math.max(16, expected));
    }

    public static String header() {
        return String.join(",", PersonnelImport.REQUIRED) + ",step_since,leadership_title,position_allowance\n";
    }

    /** Writes {@code count} people placed in {@code units}, header first. */
    public void write(Writer out, List<Unit> units, int count) {
        try {
            out.write(header());
            StringBuilder line = new StringBuilder(160);
            for (int i = 0; i < count; i++) {
                line.setLength(0);
                person(line, units.get(random.nextInt(units.size())));
                out.write(line.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void person(StringBuilder b, Unit unit) {
        String type = unit.type() == null ? "" : unit.type();
        boolean serviceUnit = type.equals("PUBLIC_SERVICE_UNIT");
        boolean commune = type.startsWith("COMMUNE");
        boolean female = random.nextInt(100) < (serviceUnit ? 65 : commune ? 45 : 48);
        String sex = female ? "F" : "M";
        int age = age(female);
        LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
        String category;
        RankChoice rank = null;
        int roll = random.nextInt(100);
        if (serviceUnit) {
            category = roll < 94 ? "PUBLIC_EMPLOYEE" : "CONTRACT";
            rank = roll < 94 ? pick(PUBLIC) : null;
        } else if (commune) {
            category = roll < 68 ? "COMMUNE_OFFICIAL" : roll < 94 ? "COMMUNE_PART_TIME" : "CONTRACT";
            rank = roll < 68 ? pick(COMMUNE) : null;
        } else {
            category =
                    roll < 6 && type.contains("PEOPLES_COMMITTEE") ? "CADRE" : roll < 91 ? "CIVIL_SERVANT" : "CONTRACT";
            rank = category.equals("CONTRACT") ? null : pick(CIVIL);
        }
        int yearsWorked = Math.max(0, age - 23 - random.nextInt(3));
        LocalDate recruited = birth.plusYears(age - yearsWorked).withDayOfMonth(1);
        String position;
        int step = 0;
        LocalDate validFrom;
        String title = "";
        String allowance = "";
        if (rank != null) {
            int months = Math.max(0, yearsWorked * 12 - random.nextInt(12));
            step = Math.min(rank.steps(), 1 + months / rank.interval());
            int intoStep = months - (step - 1) * rank.interval();
            validFrom =
                    today.minusMonths(Math.min(intoStep, rank.interval() - 1)).withDayOfMonth(1);
            if (validFrom.isBefore(recruited)) {
                validFrom = recruited;
            }
            position = rank.position();
            if (position.equals("LD-TP")) {
                title = random.nextInt(3) == 0 ? "Phó Trưởng phòng" : "Trưởng phòng";
                position = title.startsWith("Phó") ? "LD-PTP" : "LD-TP";
                allowance = title.startsWith("Phó") ? "0.40" : "0.60";
            } else if (position.equals("LD-PTT")) {
                title = "Phó Giám đốc";
                allowance = "0.70";
            }
        } else {
            validFrom = recruited.isAfter(today) ? today.withDayOfMonth(1) : recruited;
            position = category.equals("COMMUNE_PART_TIME") ? "CX-KCT" : random.nextBoolean() ? "HT-LX" : "HT-BV";
        }
        if (validFrom.isBefore(birth.plusYears(18))) {
            validFrom = birth.plusYears(18).withDayOfMonth(1).plusMonths(1);
        }
        // The step date stays; the version in force starts when the unit and the position both exist.
        LocalDate stepSince = validFrom;
        if (unit.validFrom() != null && validFrom.isBefore(unit.validFrom())) {
            validFrom = unit.validFrom();
        }
        if (validFrom.isBefore(POSITIONS_FROM)) {
            validFrom = POSITIONS_FROM;
        }
        b.append(nationalId(birth, sex, unit.provinceCode()))
                .append(',')
                .append(name(female))
                .append(',')
                .append(birth)
                .append(',')
                .append(sex)
                .append(',')
                .append(unit.code())
                .append(',')
                .append(category)
                .append(',')
                .append(rank == null ? "" : rank.rank())
                .append(',')
                .append(rank == null ? "" : Integer.toString(step))
                .append(',')
                .append(position)
                .append(',')
                .append(validFrom)
                .append(',')
                .append(rank == null ? "" : stepSince.toString())
                .append(',')
                .append(title)
                .append(',')
                .append(allowance)
                .append('\n');
    }

    /** Ages 22–61 (women 22–57): fewer young people and a bulge in the forties, as in the public sector. */
    private int age(boolean female) {
        int max = female ? 57 : 61;
        int a = 22 + (random.nextInt(max - 21) + random.nextInt(max - 21) + random.nextInt(max - 21)) / 3;
        return Math.min(max, a);
    }

    private String name(boolean female) {
        return name(random, female);
    }

    /** A Vietnamese full name drawn from {@code random} (family name by national frequency). */
    static String name(SplittableRandom random, boolean female) {
        int r = random.nextInt(1000);
        String family = FAMILY[FAMILY.length - 1];
        for (int i = 0, acc = 0; i < FAMILY.length; i++) {
            acc += FAMILY_WEIGHT[i];
            if (r < acc) {
                family = FAMILY[i];
                break;
            }
        }
        String[] middle = female ? MIDDLE_FEMALE : MIDDLE_MALE;
        String[] given = female ? GIVEN_FEMALE : GIVEN_MALE;
        String m = middle[random.nextInt(middle.length)];
        String g = given[random.nextInt(given.length)];
        if (random.nextInt(5) == 0) {
            // About one name in five has two middle names (Nguyễn Thị Thu Hà).
            String m2 = middle[random.nextInt(middle.length)];
            return m2.equals(m) ? family + " " + m + " " + g : family + " " + m + " " + m2 + " " + g;
        }
        return family + " " + m + " " + g;
    }

    private String nationalId(LocalDate birth, String sex, String provinceCode) {
        int province;
        if (provinceCode != null && random.nextInt(100) < 80) {
            province = Integer.parseInt(provinceCode);
        } else {
            province = PROVINCES[random.nextInt(PROVINCES.length)];
        }
        if (!NationalId.PROVINCE_CODES.contains(province)) {
            province = 1;
        }
        int digit = NationalId.centurySexDigit(birth.getYear(), sex);
        while (true) {
            long id = province * 1_000_000_000L
                    + digit * 100_000_000L
                    + (birth.getYear() % 100) * 1_000_000L
                    + random.nextInt(1_000_000);
            if (usedIds.putIfAbsent(id, 1) == 0) {
                return String.format("%012d", id);
            }
        }
    }

    private RankChoice pick(RankChoice[] choices) {
        int total = 0;
        for (RankChoice c : choices) {
            total += c.weight();
        }
        int r = random.nextInt(total);
        for (RankChoice c : choices) {
            r -= c.weight();
            if (r < 0) {
                return c;
            }
        }
        return choices[0];
    }
}
