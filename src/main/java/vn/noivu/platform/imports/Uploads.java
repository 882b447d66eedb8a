package vn.noivu.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Where an upload becomes an import, for every module: one import at a time per {@link ImportGate}
 * permit, the file's size checked before a byte is read, the file read within the limits of its kind
 * ({@code noivu.imports.*}), and every unreadable file answered with a refusal in the user's language
 * (HTTP 413 when over a limit, 422 otherwise, 503 when the server is busy) — never a 500.
 */
@Component
public class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);

    /** An import of a file read whole. */
    @FunctionalInterface
    public interface Operation<T> {
        T apply(TabularFile file);
    }

    private final ImportGate gate;
    private final MessageSource messages;
    private final ImportTemplates templates;
    private final ImportHistory history;
    private final long maxCsvBytes;
    private final long maxXlsxBytes;
    private final Map<String, Integer> maxRows;

    Uploads(
            ImportGate gate,
            MessageSource messages,
            Environment env,
            ImportTemplates templates,
            ImportHistory history) {
        this.gate = gate;
        this.messages = messages;
        this.templates = templates;
        this.history = history;
        Binder binder = Binder.get(env);
        this.maxCsvBytes = binder.bind("noivu.imports.max-csv-size", DataSize.class)
                .orElse(DataSize.ofMegabytes(100))
                .toBytes();
        this.maxXlsxBytes = binder.bind("noivu.imports.max-xlsx-size", DataSize.class)
                .orElse(DataSize.ofMegabytes(30))
                .toBytes();
        this.maxRows = binder.bind("noivu.imports.max-rows", Bindable.mapOf(String.class, Integer.class))
                .orElse(Map.of());
    }

    /**
     * The limits of an import kind: {@code noivu.imports.max-rows.<kind>} rows (else {@code
     * defaultRows}), {@code noivu.imports.max-csv-size} and {@code max-xlsx-size} bytes.
     */
    public ImportLimits limits(String kind, int defaultRows) {
        return new ImportLimits(maxCsvBytes, maxXlsxBytes, maxRows.getOrDefault(kind, defaultRows));
    }

    /**
     * Reads an upload within {@code limits} and imports it, holding a permit of the {@link ImportGate}
     * meanwhile.
     *
     * @throws ImportRefusedException when the file is missing, over a limit or unreadable, when the
     *     server runs too many imports, or when the operation refuses the rows
     */
    public <T> T importFile(MultipartFile file, ImportLimits limits, Operation<T> operation) {
        if (file == null
                || (file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank()))) {
            throw refusal(422, 0, "file", "import.file.missing");
        }
        if (file.isEmpty()) {
            throw refusal(422, 0, "file", "import.file.empty");
        }
        if (file.getSize() > Math.max(limits.maxCsvBytes(), limits.maxXlsxBytes())) {
            throw refusal(
                    413,
                    0,
                    "file",
                    "import.file.tooLarge",
                    CappedInputStream.megabytes(Math.max(limits.maxCsvBytes(), limits.maxXlsxBytes())));
        }
        try (ImportGate.Permit permit =
                gate.tryEnter().orElseThrow(() -> refusal(503, 0, "file", "import.file.busy"))) {
            TabularFile table;
            try (InputStream in = file.getInputStream()) {
                table = TabularFile.read(file.getOriginalFilename(), in, limits);
            } catch (IOException e) {
                throw refusal(unreadable(e, file.getOriginalFilename()));
            } catch (UncheckedIOException e) {
                throw refusal(unreadable(e.getCause(), file.getOriginalFilename()));
            } catch (UnreadableFileException e) {
                throw refusal(e);
            }
            if (table.rows().isEmpty()) {
                throw refusal(422, 1, "file", "import.file.headerOnly");
            }
            return operation.apply(table);
        }
    }

    /**
     * Imports an upload of {@code module}/{@code kind} as {@link #importFile(MultipartFile, ImportLimits,
     * Operation)} does, and in addition, the same for every module: the headers of the module's {@link
     * ImportTemplate} are accepted in Vietnamese, each error and warning names the column as the file
     * wrote it and the value it held, and the outcome — applied or refused, unreadable files included —
     * is written to the {@link ImportHistory}.
     */
    public ImportResult importFile(
            String module, String kind, MultipartFile file, ImportLimits limits, Operation<ImportResult> operation) {
        String filename = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        TabularFile[] read = new TabularFile[1];
        try {
            ImportResult result = importFile(file, limits, table -> {
                read[0] = templates.technical(module, kind, table);
                return operation.apply(read[0]);
            });
            result = templates.explained(result, read[0]);
            history.record(module, kind, filename, result);
            return result;
        } catch (ImportRefusedException e) {
            ImportResult result = templates.explained(e.result(), read[0]);
            history.record(module, kind, filename, result);
            throw new ImportRefusedException(result, e.status());
        }
    }

    /** An I/O failure while reading an upload is the file's fault as far as the user can tell. */
    private static UnreadableFileException unreadable(IOException e, String filename) {
        log.info("Upload {} could not be read: {}", filename, e.toString());
        return UnreadableFileException.because(e, 0, "import.file.unreadable");
    }

    /** The refusal of an unreadable file, worded for the current user (413 when over a limit). */
    public ImportRefusedException refusal(UnreadableFileException e) {
        return refusal(e.tooLarge() ? 413 : 422, e.row(), e.column(), e.messageKey(), e.args());
    }

    private ImportRefusedException refusal(int status, int row, String column, String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        String text = messages.getMessage(key, args, key, locale);
        return new ImportRefusedException(ImportResult.refused(0, List.of(new ImportError(row, column, text))), status);
    }
}
