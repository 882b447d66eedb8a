package vn.noivu.personnel.internal.document;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.personnel.internal.PersonnelLabels;
import vn.noivu.personnel.internal.allowances.LeadershipAllowances;
import vn.noivu.personnel.internal.career.Careers;
import vn.noivu.personnel.internal.career.EmploymentVersion;
import vn.noivu.personnel.internal.person.Dossier;
import vn.noivu.personnel.internal.person.DossierParts;
import vn.noivu.personnel.internal.person.Dossiers;
import vn.noivu.personnel.internal.person.Profile;
import vn.noivu.platform.audit.AuditLog;

/**
 * The curriculum vitae in the layout of form 2C-BNV/2008 (QĐ 02/2008/QĐ-BNV): numbered items 1–26,
 * then the training (27), work history (28), family (30) and salary history (31) tables. The font is
 * Liberation Serif (SIL Open Font License, shipped in the openpdf-fonts-extra artifact), embedded so
 * that Vietnamese renders on any machine. Sensitive items follow the same masking as the dossier.
 */
@Component
public class CvPdf {

    static final String FONT = "liberation/LiberationSerif-Regular.ttf";
    static final String FONT_BOLD = "liberation/LiberationSerif-Bold.ttf";
    private static final DateTimeFormatter D = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MY = DateTimeFormatter.ofPattern("MM/yyyy");

    private final Dossiers dossiers;
    private final Careers careers;
    private final AuditLog audit;
    private final PersonnelLabels labels;

    private final LeadershipAllowances allowances;

    CvPdf(Dossiers dossiers, Careers careers, AuditLog audit, PersonnelLabels labels, LeadershipAllowances allowances) {
        this.dossiers = dossiers;
        this.careers = careers;
        this.audit = audit;
        this.labels = labels;
        this.allowances = allowances;
    }

    /** The above-ceiling allowance of item 14 with the day it started, or nothing without one. */
    private static String aboveCeiling(EmploymentVersion v) {
        if (v.aboveCeilingPct() <= 0) {
            return "";
        }
        return "\n    Phụ cấp thâm niên vượt khung: " + v.aboveCeilingPct() + " %"
                + (v.aboveCeilingSince() == null ? "" : ", từ ngày " + fmt(v.aboveCeilingSince()));
    }

    /** The leadership allowance in force today, from the catalogue where the post is recorded. */
    private java.math.BigDecimal positionAllowance(long personId, EmploymentVersion now) {
        return allowances
                .onDate(
                        personId,
                        now.orgCode(),
                        now.leadershipPost(),
                        now.positionAllowance(),
                        java.time.LocalDate.now())
                .coefficient();
    }

    static BaseFont font(String resource) {
        try (InputStream in = CvPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font not on the classpath: " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public void write(long personId, OutputStream out) {
        Dossier d = dossiers.dossier(personId);
        List<EmploymentVersion> versions = careers.employment(personId);
        Profile p = d.profile();
        Font normal = new Font(font(FONT), 11);
        Font bold = new Font(font(FONT_BOLD), 11);
        Font title = new Font(font(FONT_BOLD), 14);
        Font small = new Font(font(FONT), 9);
        Document doc = new Document(PageSize.A4, 56, 42, 42, 42);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Sơ yếu lý lịch - " + p.fullName());
            doc.open();
            PdfPTable head = new PdfPTable(new float[] {3, 2});
            head.setWidthPercentage(100);
            head.addCell(plain("Cơ quan, đơn vị có thẩm quyền quản lý CBCC: " + d.orgName(), normal));
            head.addCell(plain("Mẫu 2C-BNV/2008\nSố hiệu cán bộ, công chức: " + d.id(), small, Element.ALIGN_RIGHT));
            doc.add(head);
            Paragraph t = new Paragraph("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", title);
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingBefore(12);
            t.setSpacingAfter(10);
            doc.add(t);
            EmploymentVersion now = d.current();
            item(
                    doc,
                    normal,
                    "1) Họ và tên khai sinh (viết chữ in hoa): ",
                    p.fullName().toUpperCase(new Locale("vi")));
            item(doc, normal, "2) Tên gọi khác: ", p.otherName());
            item(
                    doc,
                    normal,
                    "3) Sinh ngày: ",
                    fmt(p.birthDate()) + "    Giới tính: " + ("F".equals(p.sex()) ? "Nữ" : "Nam"));
            item(doc, normal, "4) Nơi sinh: ", p.birthplaceCode());
            item(doc, normal, "5) Quê quán: ", p.hometownCode());
            item(doc, normal, "6) Dân tộc: ", p.ethnicity() + "    7) Tôn giáo: " + nz(p.religion()));
            item(doc, normal, "8) Nơi đăng ký hộ khẩu thường trú: ", p.permanentAddress());
            item(doc, normal, "9) Nơi ở hiện nay: ", p.currentAddress());
            item(doc, normal, "10) Nghề nghiệp khi được tuyển dụng: ", null);
            item(
                    doc,
                    normal,
                    "11) Ngày tuyển dụng: ",
                    versions.isEmpty() ? null : fmt(versions.get(0).validFrom()));
            item(doc, normal, "12) Chức vụ (chức danh) hiện tại: ", now == null ? null : now.leadershipTitle());
            item(
                    doc,
                    normal,
                    "13) Công việc chính được giao: ",
                    now == null ? null : labels.position(now.positionCode()));
            item(
                    doc,
                    normal,
                    "14) Ngạch công chức (viên chức): ",
                    now == null
                            ? null
                            : labels.rank(now.rankCode()) + "    Bậc lương: " + nz(now.salaryStep()) + ", Hệ số: "
                                    + dec(now.coefficient())
                                    + ", Ngày hưởng: " + fmt(now.stepSince()) + "\n    Phụ cấp chức vụ: "
                                    + dec(positionAllowance(personId, now)) + "    Phụ cấp khác: "
                                    + dec(now.otherAllowance())
                                    + aboveCeiling(now));
            item(doc, normal, "15.1- Trình độ giáo dục phổ thông: ", p.generalEducation());
            item(doc, normal, "15.2- Trình độ chuyên môn cao nhất: ", p.highestDegree());
            item(doc, normal, "15.3- Lý luận chính trị: ", p.politicalTheory());
            item(doc, normal, "15.4- Quản lý nhà nước: ", p.stateManagement());
            item(doc, normal, "15.5- Ngoại ngữ: ", p.foreignLanguages());
            item(doc, normal, "15.6- Tin học: ", p.itSkills());
            item(
                    doc,
                    normal,
                    "16) Ngày vào Đảng Cộng sản Việt Nam: ",
                    fmt(p.partyJoined()) + "    Ngày chính thức: " + fmt(p.partyOfficial()));
            item(doc, normal, "17) Ngày tham gia tổ chức chính trị - xã hội: ", p.organisations());
            item(
                    doc,
                    normal,
                    "18) Ngày nhập ngũ: ",
                    fmt(p.militaryEntry()) + "    Ngày xuất ngũ: " + fmt(p.militaryExit()) + "    Quân hàm cao nhất: "
                            + nz(p.militaryRank()));
            item(doc, normal, "19) Danh hiệu được phong tặng cao nhất: ", p.honoraryTitle());
            item(doc, normal, "20) Sở trường công tác: ", p.strengths());
            item(
                    doc,
                    normal,
                    "21) Khen thưởng: ",
                    String.join(
                            "; ",
                            d.awards().stream()
                                    .map(a -> a.title() + " (" + fmt(a.awardDate()) + ")")
                                    .toList()));
            item(doc, normal, "22) Kỷ luật: ", null);
            item(
                    doc,
                    normal,
                    "23) Tình trạng sức khỏe: ",
                    d.sensitiveVisible()
                            ? nz(p.healthStatus()) + "    Chiều cao: " + nz(p.heightCm()) + "    Cân nặng: "
                                    + nz(p.weightKg()) + "    Nhóm máu: " + nz(p.bloodType())
                            : "***");
            item(doc, normal, "24) Là thương binh hạng / gia đình chính sách: ", p.policyStatus());
            item(doc, normal, "25) Số CCCD / định danh cá nhân: ", p.nationalId());
            item(doc, normal, "26) Số sổ BHXH: ", d.sensitiveVisible() ? p.socialInsuranceNo() : "***");

            section(
                    doc,
                    bold,
                    "27) ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ, TIN HỌC");
            PdfPTable training = table(
                    small,
                    "Tên trường",
                    "Chuyên ngành",
                    "Từ tháng, năm - đến tháng, năm",
                    "Hình thức",
                    "Văn bằng, chứng chỉ");
            for (DossierParts.Training tr : d.training()) {
                row(
                        training,
                        small,
                        tr.institution(),
                        tr.major(),
                        my(tr.fromDate()) + " - " + my(tr.toDate()),
                        tr.mode(),
                        tr.diploma());
            }
            doc.add(training);

            section(doc, bold, "28) TÓM TẮT QUÁ TRÌNH CÔNG TÁC");
            PdfPTable work = table(small, "Từ tháng, năm đến tháng, năm", "Chức danh, chức vụ, đơn vị công tác");
            for (DossierParts.PriorWork w : d.priorWork()) {
                row(work, small, my(w.fromDate()) + " - " + my(w.toDate()), w.description());
            }
            for (EmploymentVersion v : versions) {
                row(
                        work,
                        small,
                        my(v.validFrom()) + " - " + (v.validTo() == null ? "nay" : my(v.validTo())),
                        labels.joinedParts(
                                v.leadershipTitle(), labels.position(v.positionCode()), labels.org(v.orgCode())));
            }
            doc.add(work);

            section(doc, bold, "29) ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN");
            doc.add(new Paragraph(" ", normal));

            section(doc, bold, "30) QUAN HỆ GIA ĐÌNH");
            if (d.sensitiveVisible()) {
                PdfPTable family = table(
                        small,
                        "Mối quan hệ",
                        "Họ và tên",
                        "Năm sinh",
                        "Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở");
                for (DossierParts.FamilyMember f : d.family()) {
                    row(
                            family,
                            small,
                            ("SPOUSE".equals(f.side()) ? "(bên vợ/chồng) " : "") + f.relation(),
                            f.fullName(),
                            nz(f.birthYear()),
                            String.join(", ", nz(f.hometown()), nz(f.occupation()), nz(f.address())));
                }
                doc.add(family);
            } else {
                doc.add(new Paragraph("***", normal));
            }

            section(doc, bold, "31) DIỄN BIẾN QUÁ TRÌNH LƯƠNG CỦA CÁN BỘ, CÔNG CHỨC");
            PdfPTable salary = table(small, "Tháng/năm", "Mã ngạch/bậc", "Hệ số lương");
            BigDecimal last = null;
            String lastRank = null;
            int lastAboveCeiling = 0;
            for (EmploymentVersion v : versions) {
                if (v.coefficient() != null
                        && (!v.coefficient().equals(last)
                                || !v.rankCode().equals(lastRank)
                                || v.aboveCeilingPct() != lastAboveCeiling)) {
                    // The above-ceiling allowance is part of the salary history: its percentage beside
                    // the coefficient, from the month it started.
                    row(
                            salary,
                            small,
                            my(
                                    v.aboveCeilingPct() > 0 && v.aboveCeilingSince() != null
                                            ? v.aboveCeilingSince()
                                            : v.validFrom()),
                            v.rankCode() + "/" + v.salaryStep(),
                            dec(v.coefficient())
                                    + (v.aboveCeilingPct() > 0 ? " + VK " + v.aboveCeilingPct() + " %" : ""));
                    last = v.coefficient();
                    lastRank = v.rankCode();
                    lastAboveCeiling = v.aboveCeilingPct();
                }
            }
            doc.add(salary);

            section(doc, bold, "32) NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ, CÔNG CHỨC");
            doc.add(new Paragraph(" \n \n", normal));
            PdfPTable sign = new PdfPTable(2);
            sign.setWidthPercentage(100);
            sign.addCell(plain(
                    "Người khai\nTôi xin cam đoan những lời khai trên đây là đúng sự thật",
                    small,
                    Element.ALIGN_CENTER));
            sign.addCell(plain(
                    "Ngày " + fmt(LocalDate.now()) + "\nThủ trưởng cơ quan, đơn vị quản lý và sử dụng CBCC",
                    small,
                    Element.ALIGN_CENTER));
            doc.add(sign);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the CV", e);
        }
        audit.record("EXPORT", "personnel.cv", String.valueOf(personId), null, null, "form 2C PDF");
    }

    private static void item(Document doc, Font font, String label, String value) {
        Paragraph p =
                new Paragraph(label + (value == null || value.isBlank() || value.equals("null") ? "" : value), font);
        p.setSpacingAfter(2);
        doc.add(p);
    }

    private static void section(Document doc, Font bold, String text) {
        Paragraph p = new Paragraph(text, bold);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static PdfPTable table(Font font, String... headers) {
        PdfPTable t = new PdfPTable(headers.length);
        t.setWidthPercentage(100);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(new Phrase(h, font));
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            t.addCell(c);
        }
        t.setHeaderRows(1);
        return t;
    }

    private static void row(PdfPTable t, Font font, String... cells) {
        for (String c : cells) {
            t.addCell(new PdfPCell(new Phrase(c == null ? "" : c, font)));
        }
    }

    private static PdfPCell plain(String text, Font font) {
        return plain(text, font, Element.ALIGN_LEFT);
    }

    private static PdfPCell plain(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setBorder(0);
        c.setHorizontalAlignment(align);
        return c;
    }

    private static String fmt(LocalDate d) {
        return d == null ? "" : D.format(d);
    }

    private static String my(LocalDate d) {
        return d == null ? "" : MY.format(d);
    }

    private static String dec(BigDecimal b) {
        // Vietnamese decimal comma, as on screen: 4,98 not 4.98.
        return b == null ? "" : b.toPlainString().replace('.', ',');
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }
}
