package org.msettriage.service.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.msettriage.api.RulesetsApi;
import org.msettriage.api.model.ActivationProposalDto;
import org.msettriage.api.model.ActivationProposalsDto;
import org.msettriage.api.model.ActivationRequestDto;
import org.msettriage.api.model.ProposalApprovalDto;
import org.msettriage.api.model.ProposalRejectionDto;
import org.msettriage.api.model.RollbackRequestDto;
import org.msettriage.api.model.RulesetHistoryDto;
import org.msettriage.api.model.RulesetRecordDto;
import org.msettriage.api.model.RulesetValidationDto;
import org.msettriage.rules.candidate.CandidateReading;
import org.msettriage.rules.candidate.RulesetValidation;
import org.msettriage.rules.engine.RulesetException;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.referral.FreeText;
import org.msettriage.service.problem.FieldProblem;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.InvalidRequestException;
import org.msettriage.service.problem.ParameterProblem;
import org.msettriage.service.security.Caller;
import org.msettriage.service.web.ServiceAddress;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rulesets the service keeps: list, read, validate a candidate, propose its activation for a second
 * policy lead to approve or reject, roll back.
 */
@RestController
public class RulesetController implements RulesetsApi {

    private final RulesetActivation activation;
    private final RulesetMapper mapper;
    private final Path candidatesFolder;

    RulesetController(RulesetActivation activation, RulesetMapper mapper, RulesetSettings settings) {
        this.activation = activation;
        this.mapper = mapper;
        this.candidatesFolder = Path.of(settings.candidates()).toAbsolutePath().normalize();
    }

    @Override
    public ResponseEntity<RulesetHistoryDto> listRulesets() {
        return ResponseEntity.ok(mapper.history());
    }

    @Override
    public ResponseEntity<RulesetRecordDto> getRuleset(String version) {
        return ResponseEntity.ok(mapper.record(activation.kept(version)));
    }

    @Override
    public ResponseEntity<Resource> downloadRulesetFiles(String version, String tables) {
        RulesetActivation.Download download = activation.download(version, "xlsx".equals(tables));
        return asZip(download);
    }

    @Override
    public ResponseEntity<Resource> downloadRulesetScenarios(String version) {
        return asZip(activation.scenariosOf(version));
    }

    /** A ruleset's (or its scenarios') zip as an attachment, as the API and the rules workbench both send it. */
    public static ResponseEntity<Resource> asZip(RulesetActivation.Download download) {
        return ResponseEntity.ok().headers(asAttachment(download)).body(new ByteArrayResource(download.zip()));
    }

    private static HttpHeaders asAttachment(RulesetActivation.Download download) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/zip"));
        headers.setContentDisposition(
                ContentDisposition.attachment().filename(download.fileName()).build());
        return headers;
    }

    @Override
    public ResponseEntity<RulesetValidationDto> validateRuleset(String path, Resource body) {
        boolean zipped = body != null;
        boolean named = path != null && !path.isBlank();
        if (zipped == named) {
            throw new InvalidParametersException(List.of(new ParameterProblem(
                    "path",
                    "give either a zip of the candidate folder as the body or a path, not both and not neither")));
        }
        if (zipped) {
            try (InputStream in = body.getInputStream()) {
                return ResponseEntity.ok(RulesetMapper.validation(activation.validateZip(in, Caller.current())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        RulesetFiles.Candidate candidate;
        try {
            candidate = CandidateReading.fromFolder(candidateFolder(path));
        } catch (RulesetException e) {
            return ResponseEntity.ok(RulesetMapper.validation(new RulesetValidation(null, e.problems(), null, 0)));
        }
        RulesetValidation validation =
                activation.validate(candidate, RulesetStore.Source.CANDIDATES_FOLDER, Caller.current());
        return ResponseEntity.ok(RulesetMapper.validation(validation));
    }

    @Override
    public ResponseEntity<ActivationProposalDto> proposeActivation(ActivationRequestDto request) {
        requireWords("/reason", request.getReason());
        ActivationProposals.Proposal proposal = activation.propose(
                request.getVersion(),
                request.getReason(),
                request.getAcceptScenarioChanges() == null ? List.of() : request.getAcceptScenarioChanges(),
                Caller.current());
        return ResponseEntity.created(ServiceAddress.of("/api/v1/rulesets/proposals/" + proposal.id()))
                .body(mapper.proposal(proposal));
    }

    @Override
    public ResponseEntity<ActivationProposalsDto> listProposals() {
        return ResponseEntity.ok(mapper.proposals());
    }

    @Override
    public ResponseEntity<ActivationProposalDto> getProposal(UUID proposalId) {
        return ResponseEntity.ok(mapper.proposal(activation.proposal(proposalId)));
    }

    @Override
    public ResponseEntity<RulesetRecordDto> approveProposal(UUID proposalId, ProposalApprovalDto approval) {
        // The body is optional: an approver with nothing to add sends none.
        String note = approval == null || approval.getNote() == null || FreeText.isBlank(approval.getNote())
                ? null
                : approval.getNote();
        return ResponseEntity.ok(mapper.record(activation.approve(proposalId, note, Caller.current())));
    }

    @Override
    public ResponseEntity<ActivationProposalDto> rejectProposal(UUID proposalId, ProposalRejectionDto rejection) {
        requireWords("/reason", rejection.getReason());
        return ResponseEntity.ok(
                mapper.proposal(activation.reject(proposalId, rejection.getReason(), Caller.current())));
    }

    /** A reason is for the record: one of only spaces (any Unicode whitespace) says nothing. */
    private static void requireWords(String pointer, String text) {
        if (FreeText.isBlank(text)) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem(pointer, "must not be empty or only whitespace")));
        }
    }

    @Override
    public ResponseEntity<RulesetRecordDto> rollBackRuleset(String version, RollbackRequestDto request) {
        requireWords("/reason", request.getReason());
        return ResponseEntity.ok(mapper.record(activation.rollBack(version, request.getReason(), Caller.current())));
    }

    /** A folder under the candidates location; a path reaching outside it is refused, as one that is not there. */
    private Path candidateFolder(String path) {
        Path folder;
        try {
            folder = candidatesFolder.resolve(path).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            folder = candidatesFolder;
        }
        if (!folder.startsWith(candidatesFolder) || folder.equals(candidatesFolder) || !Files.isDirectory(folder)) {
            throw new InvalidParametersException(List.of(new ParameterProblem(
                    "path", "is not a folder under the candidates location (mset.rules.candidates)")));
        }
        return folder;
    }
}
