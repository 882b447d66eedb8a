package vn.noivu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.noivu.Api;
import vn.noivu.NoiVuIntegrationTest;
import vn.noivu.TestUsers;
import vn.noivu.WebSession;

/**
 * Hostile and careless files against every upload endpoint but personnel's (which streams its own):
 * a million junk rows, concurrent large spreadsheets, broken, mislabelled and wrongly encoded files.
 * Each is answered 4xx with a message in Vietnamese, and the server stays healthy throughout.
 */
@NoiVuIntegrationTest
class UploadLimitsIntegrationTests {

    static final String QUOTA_HEADER = "org_code,year,category,assigned,actual,legal_basis";
    static final String UNIT_HEADER = "code,name,type,parent_code,admin_unit_code,valid_from,valid_to,legal_basis";

    /** Every non-personnel import API, with the extra fields it needs. */
    static final List<String[]> API_IMPORTS = List.of(
            new String[] {"/api/v1/admin-units/imports", "kind", "history"},
            new String[] {"/api/v1/organizations/imports", "kind", "units"},
            new String[] {"/api/v1/organizations/imports", "kind", "restructurings"},
            new String[] {"/api/v1/staffing/imports"},
            new String[] {"/api/v1/rewards/imports", "kind", "awards"});

    /** Every non-personnel upload page (htmx form posts). */
    static final List<String[]> PAGE_IMPORTS = List.of(
            new String[] {"/admin-units/imports", "/admin-units/imports", "kind", "history"},
            new String[] {"/organizations/imports", "/organizations/imports", "kind", "units"},
            new String[] {"/organizations/plans", "/organizations/plans", "title", "Đề án thử"},
            new String[] {"/staffing/quotas", "/staffing/quotas/import"});

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void aMillionJunkRowsAreRefusedQuicklyAndTheServerStaysHealthy() throws Exception {
        Path units = junk(
                "units.csv",
                UNIT_HEADER,
                1_000_000,
                i -> "JUNK." + i + ",Đơn vị rác " + i + ",SO,UBND.01,,2026-01-01,,QĐ rác");
        Path quotas = junk(
                "quotas.csv",
                QUOTA_HEADER,
                1_000_000,
                i -> "JUNK." + (i % 1000) + ",2030,CIVIL_SERVANT," + i + ",,QĐ rác");
        assertThat(Files.size(units)).isGreaterThan(60_000_000L);
        for (var upload : List.of(
                Map.entry("/api/v1/organizations/imports", units), Map.entry("/api/v1/staffing/imports", quotas))) {
            HeapWatch heap = HeapWatch.start();
            long started = System.nanoTime();
            HttpResponse<String> r = uploadStreamed(upload.getKey(), upload.getValue(), "kind", "units");
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            long peak = heap.stop();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(r.body()).contains("dòng dữ liệu");
            assertThat(seconds).as("seconds to refuse").isLessThan(40);
            assertThat(peak)
                    .as("peak heap bytes")
                    .isLessThan(Runtime.getRuntime().maxMemory() * 3 / 4);
            assertHealthy();
        }
    }

    @Test
    void aFileOverTheByteLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.csv");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write((QUOTA_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'x');
            for (int i = 0; i < 110; i++) {
                out.write(block);
            }
        }
        long started = System.nanoTime();
        HttpResponse<String> r = uploadStreamed("/api/v1/staffing/imports", big);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("Tệp quá lớn");
        assertThat((System.nanoTime() - started) / 1_000_000_000).isLessThan(30);
        assertHealthy();
    }

    @Test
    void threeConcurrentLargeSpreadsheetsLeaveTheServerHealthy() throws Exception {
        Path xlsx = quotaXlsx("quotas.xlsx", 180_000);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Integer> health = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<Void> prober = CompletableFuture.runAsync(() -> {
            while (running.get()) {
                health.add(Api.anonymous(port).get("/actuator/health").status());
                sleep(250);
            }
        });
        List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            uploads.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return uploadStreamed("/api/v1/staffing/imports", xlsx);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (var u : uploads) {
            HttpResponse<String> r = u.get();
            statuses.add(r.statusCode());
            assertThat(r.statusCode()).as(r.body()).isIn(200, 413, 422, 503);
            assertThat(r.body()).contains("\"errors\"");
        }
        running.set(false);
        prober.get();
        assertThat(health).isNotEmpty().allMatch(s -> s == 200);
        // The junk rows name no unit: refused by row (422), or one upload too many at once (503).
        assertThat(statuses).contains(422);
        assertHealthy();
    }

    @Test
    void aBrokenSpreadsheetIsAnsweredWith4xxByEveryImport() throws Exception {
        byte[] xlsx = Files.readAllBytes(quotaXlsx("ok.xlsx", 50));
        Path broken = dir.resolve("broken.xlsx");
        Files.write(broken, java.util.Arrays.copyOf(xlsx, xlsx.length / 2));
        Path renamed = dir.resolve("renamed.xlsx");
        Files.writeString(renamed, QUOTA_HEADER + "\nUBND.01.STP,2030,CIVIL_SERVANT,1,,QĐ\n");
        Api editor = Api.demo(port, "bnv.editor");
        for (String[] endpoint : API_IMPORTS) {
            String[] fields = java.util.Arrays.copyOfRange(endpoint, 1, endpoint.length);
            for (Path file : List.of(broken, renamed)) {
                Api.Response r = editor.upload(endpoint[0], file, fields);
                assertThat(r.status()).as(endpoint[0] + " " + r.body()).isEqualTo(422);
                assertThat(r.json().get("errors").get(0).get("message").asString())
                        .as(endpoint[0])
                        .startsWith("Không đọc được tệp");
            }
        }
        WebSession web = new WebSession();
        web.login(port, "bnv.editor", TestUsers.DEMO_PASSWORD);
        String content = new String(java.util.Arrays.copyOf(xlsx, xlsx.length / 2), StandardCharsets.ISO_8859_1);
        for (String[] page : PAGE_IMPORTS) {
            web.get(port, page[0]);
            WebSession.Page answer = web.upload(port, uploadPath(page), "broken.xlsx", content);
            assertThat(answer.status()).as(page[1] + " " + answer.body()).isEqualTo(422);
            assertThat(answer.body()).as(page[1]).contains("Không đọc được tệp");
        }
    }

    /** The page's post path, with its extra fields as a query string (the helper posts only the file). */
    private static String uploadPath(String[] page) {
        StringBuilder path = new StringBuilder(page[1]);
        for (int i = 2; i + 1 < page.length; i += 2) {
            path.append(i == 2 ? '?' : '&')
                    .append(page[i])
                    .append('=')
                    .append(java.net.URLEncoder.encode(page[i + 1], StandardCharsets.UTF_8));
        }
        return path.toString();
    }

    @Test
    void encodingsSeparatorsAndHeadersOfRealFiles() throws Exception {
        Api editor = Api.demo(port, "bnv.editor");
        String rows = QUOTA_HEADER + "\nKHONG.CO,2030,CIVIL_SERVANT,1,,Quyết định số 1 của Bộ Nội vụ\n";
        // Windows-1258 (Excel's "CSV" on a Vietnamese Windows): refused naming the encoding and the row.
        Path cp1258 = dir.resolve("cp1258.csv");
        Files.write(cp1258, rows.getBytes(Charset.forName("windows-1258")));
        Api.Response r = editor.upload("/api/v1/staffing/imports", cp1258);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode error = r.json().get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(2);
        assertThat(error.get("column").asString()).isEqualTo("legal_basis");
        assertThat(error.get("message").asString()).contains("UTF-8").contains("Windows-1258");
        // UTF-16 with a byte-order mark, and a semicolon separator: read, so the rows' own errors show.
        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, ("\uFEFF" + rows).getBytes(StandardCharsets.UTF_16LE));
        Path semicolon = dir.resolve("semicolon.csv");
        Files.writeString(semicolon, rows.replace(',', ';'));
        for (Path file : List.of(utf16, semicolon)) {
            Api.Response read = editor.upload("/api/v1/staffing/imports", file);
            assertThat(read.status()).as(read.body()).isEqualTo(422);
            JsonNode e = read.json().get("errors").get(0);
            assertThat(e.get("column").asString()).isEqualTo("org_code");
            assertThat(e.get("message").asString()).contains("KHONG.CO");
        }
        // A column named twice: refused naming it.
        Path twice = dir.resolve("twice.csv");
        Files.writeString(twice, UNIT_HEADER + ",code\nX,Y,SO,,,2026-01-01,,QĐ,Z\n");
        Api.Response dup = editor.upload("/api/v1/organizations/imports", twice, "kind", "units");
        assertThat(dup.status()).as(dup.body()).isEqualTo(422);
        assertThat(dup.json().get("errors").get(0).get("column").asString()).isEqualTo("code");
        assertThat(dup.json().get("errors").get(0).get("message").asString()).contains("\"code\"");
        // Empty, header only, a NUL byte.
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        Path headerOnly = Files.writeString(dir.resolve("header.csv"), QUOTA_HEADER + "\n");
        Path nul =
                Files.writeString(dir.resolve("nul.csv"), QUOTA_HEADER + "\nUBND.01\u0000,2030,CIVIL_SERVANT,1,,QĐ\n");
        for (Path file : List.of(empty, headerOnly, nul)) {
            Api.Response answer = editor.upload("/api/v1/staffing/imports", file);
            assertThat(answer.status()).as(file + " " + answer.body()).isEqualTo(422);
        }
        assertThat(editor.upload("/api/v1/staffing/imports", nul)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("row")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aNameLongerThanAnExportCanHoldIsRefusedByTheImportAndTheForm() throws Exception {
        Api editor = Api.demo(port, "bnv.editor");
        Path file = dir.resolve("long.csv");
        Files.writeString(
                file, UNIT_HEADER + "\nUBND.01.LONG,\"" + "Đ".repeat(600) + "\",SO,UBND.01,,2026-01-01,,QĐ\n");
        Api.Response r = editor.upload("/api/v1/organizations/imports", file, "kind", "units");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("column").asString()).isEqualTo("name");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("500");
    }

    private void assertHealthy() {
        Api.Response health = Api.anonymous(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }

    private Path junk(String name, String header, int rows, java.util.function.IntFunction<String> row)
            throws IOException {
        Path file = dir.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                out.write(row.apply(i));
                out.write('\n');
            }
        }
        return file;
    }

    private Path quotaXlsx(String name, int rows) throws IOException {
        Path file = dir.resolve(name);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("quotas");
            String[] header = QUOTA_HEADER.split(",");
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("JUNK." + (r % 500));
                row.createCell(1).setCellValue(2030);
                row.createCell(2).setCellValue("CIVIL_SERVANT");
                row.createCell(3).setCellValue(r);
                row.createCell(5).setCellValue("QĐ rác");
            }
            workbook.write(out);
            workbook.close();
        }
        return file;
    }

    /** A multipart upload streamed from disk (the test's heap must not hold the file either). */
    private HttpResponse<String> uploadStreamed(String path, Path file, String... fields)
            throws IOException, InterruptedException {
        String boundary = "----noivu" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            head.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(fields[i])
                    .append("\"\r\n\r\n")
                    .append(fields[i + 1])
                    .append("\r\n");
        }
        head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(file.getFileName())
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        String token = Base64.getEncoder()
                .encodeToString(("bnv.editor:" + TestUsers.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head.toString()),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The largest heap in use while an upload runs (server and test share the JVM). */
    static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        private HeapWatch() {
            thread = new Thread(() -> {
                Runtime rt = Runtime.getRuntime();
                while (running.get()) {
                    peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    sleep(20);
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        static HeapWatch start() {
            System.gc();
            return new HeapWatch();
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            return peak.get();
        }
    }
}
