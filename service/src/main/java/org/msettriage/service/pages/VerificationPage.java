package org.msettriage.service.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.msettriage.service.audit.AuditVerification;
import org.msettriage.service.audit.AuditVerifier;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.ParameterProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The whole store checked against its seals, now: the verdict, the counts, the head, the positions missing
 * from the chain and every problem; and, when the auditor gives the head kept from an earlier check,
 * whether the chain still holds it.
 */
@Controller
class VerificationPage {

    /** A field of the kept-head form that is wrong, and what to do about it, in words. */
    record FieldError(String field, String message) {}

    private static final String POSITION = "headPosition";
    private static final String CHAIN_MAC = "headChainMac";

    private final AuditVerifier verifier;

    VerificationPage(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/audit/verification")
    String verification(
            @RequestParam(name = POSITION, required = false) String positionText,
            @RequestParam(name = CHAIN_MAC, required = false) String chainMacText,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("section", "verification");
        String position = given(positionText);
        String chainMac = given(chainMacText);
        model.addAttribute("positionText", position == null ? "" : position);
        model.addAttribute("chainMacText", chainMac == null ? "" : chainMac);
        List<FieldError> errors = new ArrayList<>();
        Optional<AuditVerification.Head> kept = kept(position, chainMac, errors);
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            // The store is still checked below, but the head asked about could not be: the request's fault.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        // A head given wrongly is not half-checked: the store is checked as if none was given, and the
        // form says what to correct.
        AuditVerification result = verifier.verify(kept);
        model.addAttribute("result", result);
        model.addAttribute("kept", kept.orElse(null));
        model.addAttribute(
                "keptHolds",
                result.keptHead().map(AuditVerification.KeptHeadCheck::matched).orElse(false));
        return "audit/verification";
    }

    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Optional<AuditVerification.Head> kept(String position, String chainMac, List<FieldError> errors) {
        Long number = null;
        if (position != null) {
            if (!position.matches("[0-9]{1,18}")) {
                errors.add(new FieldError(POSITION, "Enter the position as a whole number, for example 1200"));
                return Optional.empty();
            }
            number = Long.parseLong(position);
        }
        try {
            // Copied from a ticket or an email, a MAC may have changed case; the check gives it in lower case.
            return AuditVerification.Head.kept(number, chainMac == null ? null : chainMac.toLowerCase(Locale.ROOT));
        } catch (InvalidParametersException refused) {
            refused.problems().stream().map(VerificationPage::inWords).forEach(errors::add);
            return Optional.empty();
        }
    }

    private static FieldError inWords(ParameterProblem problem) {
        boolean isPosition = problem.parameter().equals(POSITION);
        String label = isPosition ? "position" : "chain MAC";
        String message = problem.message().startsWith("is required")
                ? "Enter the " + label + " as well: a kept head is its position and its chain MAC together"
                : (isPosition ? "The position " : "The chain MAC ") + problem.message();
        return new FieldError(problem.parameter(), message);
    }
}
