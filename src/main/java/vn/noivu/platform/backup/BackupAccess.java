package vn.noivu.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.security.NoiVuUser;
import vn.noivu.platform.security.Role;

/**
 * Who may touch backups: a national ADMIN only. A backup holds every province's records, so a
 * provincial administrator (whose scope is one subtree) may neither take nor download one.
 */
final class BackupAccess {

    private BackupAccess() {}

    static void requireNationalAdmin() {
        NoiVuUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!user.hasRole(Role.ADMIN) || !user.scope().isNational()) {
            throw new AccessDeniedException("Backups are for national administrators");
        }
    }

    /** A file as a download, streamed from disk. */
    static ResponseEntity<FileSystemResource> download(Path file, MediaType type) {
        try {
            return ResponseEntity.ok()
                    .contentType(type)
                    .contentLength(Files.size(file))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(file.getFileName().toString())
                                    .build()
                                    .toString())
                    .body(new FileSystemResource(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
