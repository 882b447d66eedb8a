package vn.noivu.reward.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.noivu.reward.Rewards;

/**
 * The registry as the rest of the product shows it: a fragment of a person's awards that the personnel
 * dossier loads from here (so personnel needs no dependency on this module, which depends on it), and
 * the certificates printed to PDF.
 */
@Controller
class RegistryPages {

    private final Rewards rewards;

    RegistryPages(Rewards rewards) {
        this.rewards = rewards;
    }

    /** The awards of a person in the user's scope, as a fragment for the dossier (none outside the scope). */
    @GetMapping("/rewards/people/{personId}/awards")
    String personAwards(@PathVariable long personId, Model model) {
        model.addAttribute("awards", rewards.awards(personId, null));
        // The latest name of each code (the catalogue lists versions oldest first).
        java.util.Map<String, String> names = new java.util.HashMap<>();
        rewards.catalogue().forEach(e -> names.put(e.code(), e.name()));
        model.addAttribute("names", names);
        return "reward/person-awards :: awards";
    }

    @GetMapping("/rewards/awards/{id}/certificate.pdf")
    void certificate(@PathVariable long id, HttpServletResponse response) throws IOException {
        var pdf = new ByteArrayOutputStream();
        rewards.writeCertificate(id, pdf);
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"khen-thuong-" + id + ".pdf\"");
        pdf.writeTo(response.getOutputStream());
    }
}
