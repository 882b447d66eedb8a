package vn.noivu.platform.imports;

import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many imports the server runs at once, whatever their module: an import holds a file's rows in
 * memory and keeps a core busy, so a few editors uploading large files at the same moment must not
 * starve everyone else (or the health check). One more is refused at once — a user can retry; a queue
 * would only hold the upload's thread and disk longer.
 */
@Component
public class ImportGate {

    private static final Logger log = LoggerFactory.getLogger(ImportGate.class);

    private final Semaphore permits;
    private final int size;

    ImportGate(@Value("${noivu.imports.concurrent:2}") int size) {
        this.size = Math.max(1, size);
        this.permits = new Semaphore(this.size);
    }

    /** A permit to run one import, or empty when {@code size} imports are already running. */
    public java.util.Optional<Permit> tryEnter() {
        if (!permits.tryAcquire()) {
            log.info("Import refused: {} imports already running", size);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Permit());
    }

    /** Held while one import runs; close it when the import ends. */
    public final class Permit implements AutoCloseable {

        private boolean released;

        private Permit() {}

        @Override
        public void close() {
            if (!released) {
                released = true;
                permits.release();
            }
        }
    }
}
