package org.msettriage.service.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.msettriage.api.model.SubjectAccessExportDto;
import org.msettriage.rules.referral.FreeText;
import org.msettriage.service.audit.AccessLog;
import org.msettriage.service.problem.RepeatedParameters;
import org.msettriage.service.security.Caller;
import org.msettriage.service.subjectaccess.SubjectAccessMapper;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subject access: every decision held about one child and what the panel decided about them, as a page
 * made to be printed, or as the same
 * JSON the API gives. The reference is posted, never put in an address; each decision shown is logged.
 */
@Controller
class SubjectAccessPage {

    private final SubjectAccessMapper mapper;
    private final JsonMapper json;

    SubjectAccessPage(SubjectAccessMapper mapper, JsonMapper json) {
        this.mapper = mapper;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    @GetMapping("/audit/subject-access")
    String form(Model model) {
        model.addAttribute("section", "subject-access");
        return "audit/subject-access";
    }

    @PostMapping("/audit/subject-access")
    String report(
            @RequestParam String childRef,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal Caller auditor,
            HttpServletRequest request,
            Model model) {
        RepeatedParameters.refuse(request, List.of("childRef", "reason"));
        model.addAttribute("section", "subject-access");
        if (FreeText.isBlank(childRef) || childRef.codePointCount(0, childRef.length()) > 2000) {
            model.addAttribute("problem", "Enter the child reference exactly as the case system sent it.");
            return "audit/subject-access";
        }
        if (reason != null && reason.codePointCount(0, reason.length()) > AccessLog.MAX_REASON) {
            model.addAttribute(
                    "problem", "Say what the request is in at most " + AccessLog.MAX_REASON + " characters.");
            return "audit/subject-access";
        }
        model.addAttribute("export", export(childRef, reason, auditor));
        return "audit/subject-access-report";
    }

    @PostMapping(value = "/audit/subject-access.json")
    ResponseEntity<String> download(
            @RequestParam String childRef,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal Caller auditor) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("subject-access.json")
                                .build()
                                .toString())
                .body(json.writeValueAsString(export(
                        childRef, reason == null || reason.length() <= AccessLog.MAX_REASON ? reason : null, auditor)));
    }

    private SubjectAccessExportDto export(String childRef, String reason, Caller auditor) {
        return mapper.export(childRef, auditor, reason);
    }
}
