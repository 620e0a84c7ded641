package org.msettriage.service.pages;

import jakarta.servlet.http.HttpSession;
import org.msettriage.rules.referral.FreeText;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Why are you opening this decision?": asked once a session, before the first decision is opened, and
 * written to the access log with every decision read in that session. The answer goes on to the decision
 * asked for (only a decision page: the address it came from is checked, never followed as given).
 */
@Controller
class PurposePage {

    static final String PATH = "/audit/purpose";
    private static final String VIEW = "audit/purpose";

    @GetMapping(PATH)
    String ask(@RequestParam(required = false) String next, HttpSession session, Model model) {
        model.addAttribute("section", "decisions");
        model.addAttribute("next", AuditPurpose.onwardTo(next));
        model.addAttribute("purpose", AuditPurpose.of(session));
        return VIEW;
    }

    @PostMapping(PATH)
    ModelAndView given(
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String next,
            HttpSession session,
            Model model) {
        String onward = AuditPurpose.onwardTo(next);
        if (FreeText.isBlank(purpose)) {
            model.addAttribute("section", "decisions");
            model.addAttribute("next", onward);
            model.addAttribute("missing", true);
            return new ModelAndView(VIEW, model.asMap(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        AuditPurpose.set(session, purpose);
        return new ModelAndView(SeeOther.to(onward));
    }
}
