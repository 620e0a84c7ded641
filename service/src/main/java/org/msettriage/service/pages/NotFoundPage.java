package org.msettriage.service.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** The page for something an auditor asked for that is not there, answered with 404. */
final class NotFoundPage {

    private NotFoundPage() {}

    static String show(HttpServletResponse response, Model model, String message) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("message", message);
        return "audit/not-found";
    }
}
