package org.msettriage.service.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** The page for something asked for that is not there, answered with 404, in the asker's own pages. */
final class NotFoundPage {

    private NotFoundPage() {}

    static String show(HttpServletResponse response, Model model, String message) {
        return shown(response, model, message, "audit/not-found");
    }

    /** The same for a policy lead in the rules workbench: its layout and navigation, not the auditors'. */
    static String showInRules(HttpServletResponse response, Model model, String message) {
        return shown(response, model, message, "rules/not-found");
    }

    private static String shown(HttpServletResponse response, Model model, String message, String template) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("message", message);
        return template;
    }
}
