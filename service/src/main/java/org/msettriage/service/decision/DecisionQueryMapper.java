package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.msettriage.api.model.LocalAuthorityDto;
import org.msettriage.api.model.PathwayDto;
import org.msettriage.api.model.RiskLevelDto;
import org.msettriage.service.problem.AllowedValues;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.ParameterProblem;

/**
 * Turns an auditor's search parameters, as the API and the search page take them, into a {@link
 * DecisionQuery}: every parameter is checked against the contract's values, and each one that is wrong is named.
 */
public final class DecisionQueryMapper {

    private DecisionQueryMapper() {}

    /** The query, or every problem with the parameters as given. */
    public static DecisionQuery toQuery(
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
        String order = sort == null || sort.isBlank() ? DecisionQuery.DEFAULT_SORT : sort.strip();
        String[] parts = order.split(",", -1);
        if (parts.length != 2
                || !DecisionQuery.SORTABLE.containsKey(parts[0])
                || !List.of("asc", "desc").contains(parts[1])) {
            problems.add(new ParameterProblem(
                    "sort",
                    "must be one of "
                            + DecisionQuery.SORTABLE.keySet().stream().sorted().toList()
                            + ", a comma, then asc or desc"));
        }
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? 50 : size;
        if (pageNumber < 0) {
            problems.add(new ParameterProblem("page", "must be 0 or more"));
        }
        if (pageSize < 1 || pageSize > DecisionQuery.MAX_SIZE) {
            problems.add(new ParameterProblem("size", "must be from 1 to " + DecisionQuery.MAX_SIZE));
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
                null,
                order,
                pageNumber,
                pageSize);
    }

    private static String oneOf(String name, String value, List<String> allowed, List<ParameterProblem> problems) {
        String given = blankToNull(value);
        if (given != null && !allowed.contains(given)) {
            problems.add(new ParameterProblem(name, AllowedValues.oneOf(allowed)));
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
