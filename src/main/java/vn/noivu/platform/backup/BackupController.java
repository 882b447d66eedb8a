package vn.noivu.platform.backup;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.web.NotFoundException;

/** The administrator's page of backups: the list, "back up now", and downloads. */
@Controller
@RequestMapping("/admin/backups")
class BackupController {

    private final Backups backups;
    private final AuditLog audit;

    BackupController(Backups backups, AuditLog audit) {
        this.backups = backups;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        BackupAccess.requireNationalAdmin();
        model.addAttribute("backups", backups.list());
        model.addAttribute("unavailable", backups.unavailableReason().orElse(null));
        model.addAttribute("directory", backups.directory().toString());
        model.addAttribute("keep", backups.keep());
        return "platform/backups";
    }

    @PostMapping
    String create(RedirectAttributes redirect) {
        BackupAccess.requireNationalAdmin();
        try {
            BackupFile backup = backups.create("manual");
            redirect.addFlashAttribute("notice", "backup.created");
            redirect.addFlashAttribute("created", backup.name());
        } catch (BackupRefusedException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/admin/backups";
    }

    @GetMapping("/{name}")
    ResponseEntity<FileSystemResource> download(@PathVariable String name) {
        BackupAccess.requireNationalAdmin();
        var file = backups.file(name).orElseThrow(() -> new NotFoundException("backup", name));
        // Not a change of data, but a copy of all of it leaving the server: recorded.
        audit.record("DOWNLOAD", "backup", name, null, null);
        return BackupAccess.download(file, MediaType.APPLICATION_OCTET_STREAM);
    }

    @GetMapping("/{name}/sha256")
    ResponseEntity<FileSystemResource> checksum(@PathVariable String name) {
        BackupAccess.requireNationalAdmin();
        var file = backups.checksumFile(name).orElseThrow(() -> new NotFoundException("backup", name));
        return BackupAccess.download(file, MediaType.TEXT_PLAIN);
    }
}
