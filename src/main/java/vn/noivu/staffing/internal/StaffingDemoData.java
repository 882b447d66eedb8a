package vn.noivu.staffing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.noivu.platform.NoiVuProperties;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.UserScope;
import vn.noivu.staffing.ReductionTarget;
import vn.noivu.staffing.TargetDraft;

/**
 * Demo quotas 2015–2026 for the demo organisations (docs/staffing-demo.md) and the targets of NQ
 * 39-NQ/TW and KL 40-KL/TW, in demo mode only, after the organisation demo data (order 30). Quotas go
 * through the ordinary import, so they obey every rule a user's file does; a restart changes nothing.
 */
@Component
@Order(30)
class StaffingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaffingDemoData.class);

    static final List<TargetDraft> TARGETS = List.of(
            new TargetDraft(
                    "NQ 39-NQ/TW: tinh giản ít nhất 10% biên chế đến năm 2021 so với năm 2015",
                    null,
                    List.of("CIVIL_SERVANT", "PUBLIC_EMPLOYEE_BUDGET", "COMMUNE_OFFICIAL"),
                    2015,
                    2021,
                    new BigDecimal("10"),
                    "Nghị quyết 39-NQ/TW về tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức",
                    LocalDate.of(2015, 4, 17),
                    "Bộ Chính trị"),
            new TargetDraft(
                    "KL 40-KL/TW: giảm ít nhất 5% biên chế cán bộ, công chức giai đoạn 2022–2026 so với năm 2021",
                    null,
                    List.of("CIVIL_SERVANT", "COMMUNE_OFFICIAL"),
                    2021,
                    2026,
                    new BigDecimal("5"),
                    "Kết luận 40-KL/TW về nâng cao hiệu quả công tác quản lý biên chế của hệ thống chính trị giai đoạn 2022–2026",
                    LocalDate.of(2022, 7, 18),
                    "Bộ Chính trị"),
            new TargetDraft(
                    "KL 40-KL/TW: giảm ít nhất 10% viên chức hưởng lương từ ngân sách giai đoạn 2022–2026 so với năm 2021",
                    null,
                    List.of("PUBLIC_EMPLOYEE_BUDGET"),
                    2021,
                    2026,
                    new BigDecimal("10"),
                    "Kết luận 40-KL/TW về nâng cao hiệu quả công tác quản lý biên chế của hệ thống chính trị giai đoạn 2022–2026",
                    LocalDate.of(2022, 7, 18),
                    "Bộ Chính trị"));

    private final NoiVuProperties properties;
    private final QuotaImport quotaImport;
    private final OrgDirectory directory;
    private final TargetStore targets;
    private final AuditLog audit;

    StaffingDemoData(
            NoiVuProperties properties,
            QuotaImport quotaImport,
            OrgDirectory directory,
            TargetStore targets,
            AuditLog audit) {
        this.properties = properties;
        this.quotaImport = quotaImport;
        this.directory = directory;
        this.targets = targets;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.demo()) {
            return;
        }
        long start = System.nanoTime();
        byte[] quotas = loadableQuotas();
        var result =
                quotaImport.importFile("demo-quotas.csv", new ByteArrayInputStream(quotas), UserScope.NATIONAL, false);
        int created = 0;
        for (TargetDraft t : TARGETS) {
            if (targets.findSame(t).isEmpty()) {
                long id = targets.insert(t);
                ReductionTarget target = targets.find(id).orElseThrow();
                audit.record("CREATE", "staffing.target", String.valueOf(id), null, target, "Dữ liệu mẫu");
                created++;
            }
        }
        log.info(
                "Staffing demo data: {} quota rows checked, {} target(s) created, in {} ms",
                result.rows(),
                created,
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The demo file without rows the organisation data no longer supports (a unit renamed away, or not
     * in force at the end of that year), so a change of the organisation demo never blocks start-up.
     */
    private byte[] loadableQuotas() throws IOException {
        List<CSVRecord> records;
        List<String> header;
        try (InputStream in = new ClassPathResource("staffing/demo-quotas.csv").getInputStream();
                CSVParser parser = CSVParser.builder()
                        .setInputStream(in)
                        .setCharset(StandardCharsets.UTF_8)
                        .setFormat(CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())
                        .get()) {
            header = parser.getHeaderNames();
            records = parser.getRecords();
        }
        Set<String> codes = new HashSet<>();
        records.forEach(r -> codes.add(r.get("org_code")));
        Map<String, UnitLife> units = directory.lives(codes);
        StringWriter out = new StringWriter();
        int skipped = 0;
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(header);
            for (CSVRecord r : records) {
                UnitLife u = units.get(r.get("org_code"));
                int year = Integer.parseInt(r.get("year"));
                if (u == null || !u.inForceOn(LocalDate.of(year, 12, 31))) {
                    skipped++;
                    continue;
                }
                csv.printRecord(r.toList());
            }
        }
        if (skipped == records.size()) {
            return null;
        }
        if (skipped > 0) {
            log.warn("Staffing demo data: {} row(s) skipped, their units differ in the organisation data", skipped);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
