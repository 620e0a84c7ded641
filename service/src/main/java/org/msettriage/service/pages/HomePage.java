package org.msettriage.service.pages;

import org.msettriage.service.security.AuditPageSecurity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The auditor's home page: who is signed in, and what each audit page is for. */
@Controller
class HomePage {

    @GetMapping(AuditPageSecurity.HOME)
    String home() {
        return "audit/home";
    }
}
