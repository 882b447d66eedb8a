package vn.noivu.platform.backup;

import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.web.NotFoundException;

/** Backups for national administrators: list, take one now, download ({@code /api/v1/admin/backups}). */
@RestController
@RequestMapping("/api/v1/admin/backups")
@PreAuthorize("hasRole('ADMIN')")
class BackupsApi {

    private final Backups backups;
    private final AuditLog audit;

    BackupsApi(Backups backups, AuditLog audit) {
        this.backups = backups;
        this.audit = audit;
    }

    @GetMapping
    List<BackupFile> list() {
        BackupAccess.requireNationalAdmin();
        return backups.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BackupFile create() {
        BackupAccess.requireNationalAdmin();
        return backups.create("manual");
    }

    @GetMapping("/{name}")
    ResponseEntity<FileSystemResource> download(@PathVariable String name) {
        BackupAccess.requireNationalAdmin();
        var file = backups.file(name).orElseThrow(() -> new NotFoundException("backup", name));
        audit.record("DOWNLOAD", "backup", name, null, null);
        return BackupAccess.download(file, MediaType.APPLICATION_OCTET_STREAM);
    }
}
