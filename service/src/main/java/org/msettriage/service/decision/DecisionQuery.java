package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.msettriage.api.model.LocalAuthorityDto;
import org.msettriage.api.model.PathwayDto;
import org.msettriage.api.model.RiskLevelDto;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.ParameterProblem;

/**
 * An auditor's search: filters (each null when not given), the order and the page. The child reference
 * is held only as its keyed hash. {@link #of} checks every parameter and names each one that is wrong.
 */
public record DecisionQuery(
        OffsetDateTime decidedFrom,
        OffsetDateTime decidedBefore,
        String riskLevel,
        String pathway,
        String rulesetVersion,
        String localAuthority,
        String childRefHash,
        String sort,
        int page,
        int size) {

    public static final String DEFAULT_SORT = "decidedAt,desc";
    public static final int MAX_SIZE = 200;

    /** The fields a search may be ordered by, and the SQL that orders them (risk by severity, not name). */
    static final Map<String, String> SORTABLE = Map.of(
            "decidedAt", "d.decided_at",
            "riskLevel",
                    "CASE d.risk_level WHEN 'NONE' THEN 0 WHEN 'EMERGING' THEN 1 WHEN 'MODERATE' THEN 2 ELSE 3 END",
            "localAuthority", "d.local_authority",
            "rulesetVersion", "d.ruleset_version");

    /** The query, or every problem with the parameters as given. */
    public static DecisionQuery of(
            OffsetDateTime decidedFrom,
            OffsetDateTime decidedBefore,
            String riskLevel,
            String pathway,
            String rulesetVersion,
            String localAuthority,
            String childRefHash,
            String sort,
            Integer page,
            Integer size) {
        List<ParameterProblem> problems = new ArrayList<>();
        String level = oneOf("riskLevel", riskLevel, values(RiskLevelDto.values()), problems);
        String route = oneOf("pathway", pathway, values(PathwayDto.values()), problems);
        String authority = oneOf("localAuthority", localAuthority, values(LocalAuthorityDto.values()), problems);
        String version = blankToNull(rulesetVersion);
        if (version != null && version.length() > 64) {
            problems.add(new ParameterProblem("rulesetVersion", "must be at most 64 characters"));
        }
        if (decidedFrom != null && decidedBefore != null && !decidedFrom.isBefore(decidedBefore)) {
            problems.add(new ParameterProblem("decidedBefore", "must be later than decidedFrom"));
        }
        String order = sort == null || sort.isBlank() ? DEFAULT_SORT : sort.strip();
        String[] parts = order.split(",", -1);
        if (parts.length != 2
                || !SORTABLE.containsKey(parts[0])
                || !List.of("asc", "desc").contains(parts[1])) {
            problems.add(new ParameterProblem(
                    "sort",
                    "must be one of " + SORTABLE.keySet().stream().sorted().toList() + ", a comma, then asc or desc"));
        }
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? 50 : size;
        if (pageNumber < 0) {
            problems.add(new ParameterProblem("page", "must be 0 or more"));
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            problems.add(new ParameterProblem("size", "must be from 1 to " + MAX_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        return new DecisionQuery(
                decidedFrom,
                decidedBefore,
                level,
                route,
                version,
                authority,
                childRefHash,
                order,
                pageNumber,
                pageSize);
    }

    /** The ORDER BY clause: the chosen field, then newest first, then the id, so pages never overlap. */
    String orderBy() {
        String[] parts = sort.split(",");
        return SORTABLE.get(parts[0]) + " " + parts[1].toUpperCase(java.util.Locale.ROOT)
                + " NULLS LAST, d.decided_at DESC, d.decision_id";
    }

    private static String oneOf(String name, String value, List<String> allowed, List<ParameterProblem> problems) {
        String given = blankToNull(value);
        if (given != null && !allowed.contains(given)) {
            problems.add(new ParameterProblem(name, "must be one of " + allowed));
        }
        return given;
    }

    private static List<String> values(Enum<?>[] values) {
        return Arrays.stream(values).map(Object::toString).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
