package org.msettriage.service.pages;

import org.msettriage.service.audit.AuditVerifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The whole store checked against its seals, now: the verdict, the counts, the head and every problem. */
@Controller
class VerificationPage {

    private final AuditVerifier verifier;

    VerificationPage(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/audit/verification")
    String verification(Model model) {
        model.addAttribute("section", "verification");
        model.addAttribute("result", verifier.verify());
        return "audit/verification";
    }
}
