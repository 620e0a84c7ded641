package org.msettriage.service.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.msettriage.rules.referral.FreeText;
import org.msettriage.service.audit.AccessLog;
import org.msettriage.service.problem.PageProblem;
import org.msettriage.service.problem.RepeatedParameters;
import org.msettriage.service.security.Caller;
import org.msettriage.service.subjectaccess.SubjectAccessMapper;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subject access: every decision held about one child and what the panel decided about them, as a page
 * made to be printed, or as the same JSON the API gives. The reference is posted, never put in an
 * address; the request being answered is required, as the access log keeps it with each decision shown.
 * A form missing either is shown again as typed, with what is missing, and nothing is read or logged.
 */
@Controller
class SubjectAccessPage {

    private static final List<String> FIELDS = List.of("childRef", "reason");
    private static final String FORM = "audit/subject-access";

    private final SubjectAccessMapper mapper;
    private final JsonMapper json;

    SubjectAccessPage(SubjectAccessMapper mapper, JsonMapper json) {
        this.mapper = mapper;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    @GetMapping("/audit/subject-access")
    String form(Model model) {
        model.addAttribute("section", "subject-access");
        return FORM;
    }

    @PostMapping("/audit/subject-access")
    String report(
            @RequestParam String childRef,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal Caller auditor,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        RepeatedParameters.refuse(request, FIELDS);
        if (refused(childRef, reason, model)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return FORM;
        }
        model.addAttribute("export", mapper.export(childRef, auditor, reason));
        // Printed, the report must say which request it answers: the access log is not on the paper.
        model.addAttribute("request", reason.strip());
        return "audit/subject-access-report";
    }

    @PostMapping("/audit/subject-access.json")
    ModelAndView download(
            @RequestParam String childRef,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal Caller auditor,
            HttpServletRequest request) {
        RepeatedParameters.refuse(request, FIELDS);
        if (!problems(childRef, reason).isEmpty()) {
            // The form's own address shows it again: under this one, ending .json, Thymeleaf would send
            // the page as JSON.
            return new ModelAndView("forward:/audit/subject-access");
        }
        return new ModelAndView(new Attachment(json.writeValueAsString(mapper.export(childRef, auditor, reason))));
    }

    /**
     * Puts the form back as typed with what is wrong, when a field is missing or too long: every problem at
     * once, each linked to its field, which is marked and says it again (an accessibility trial left both
     * fields empty and was told of the second only when the first was put right).
     */
    private static boolean refused(String childRef, String reason, Model model) {
        model.addAttribute("section", "subject-access");
        List<PageProblem> problems = problems(childRef, reason);
        if (problems.isEmpty()) {
            return false;
        }
        model.addAttribute("problems", problems);
        model.addAttribute("invalid", PageProblem.fieldsAtFault(problems));
        model.addAttribute("errors", PageProblem.messagesByField(problems));
        model.addAttribute("childRef", childRef);
        model.addAttribute("reason", reason);
        return true;
    }

    private static List<PageProblem> problems(String childRef, String reason) {
        List<PageProblem> problems = new ArrayList<>();
        if (FreeText.isBlank(childRef) || childRef.codePointCount(0, childRef.length()) > 2000) {
            problems.add(new PageProblem("Enter the child reference exactly as the case system sent it.", "childRef"));
        }
        if (FreeText.isBlank(reason)) {
            problems.add(new PageProblem(
                    "Enter the request you are answering, such as its reference: the access log keeps it with"
                            + " each decision shown.",
                    "reason"));
        } else if (reason.codePointCount(0, reason.length()) > AccessLog.MAX_REASON) {
            problems.add(new PageProblem(
                    "Say what the request is in at most " + AccessLog.MAX_REASON + " characters.", "reason"));
        }
        return problems;
    }

    /** The export as a JSON file to save, rather than a page. */
    private record Attachment(String body) implements View {

        @Override
        public String getContentType() {
            return MediaType.APPLICATION_JSON_VALUE;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename("subject-access.json")
                            .build()
                            .toString());
            response.getWriter().write(body);
        }
    }
}
