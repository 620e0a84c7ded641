package org.msettriage.service.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.msettriage.service.audit.PersonalContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The actions of the plans the panel agreed, per month of the meeting, local authority and lead agency,
 * with how many are past their due date on a given day. A plan's actions are kept encrypted with its
 * outcome (they may name people), so each current PLAN_AGREED outcome's details are decrypted here and only
 * each action's lead agency and due date are read: nothing else leaves this class, and nothing is logged.
 */
@Repository
class AgreedActions {

    /** Actions one agency leads, and how many of them are past their due date. */
    record Led(long agreed, long pastDue) {

        Led plus(Led more) {
            return new Led(agreed + more.agreed, pastDue + more.pastDue);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final PersonalContent personal;

    AgreedActions(JdbcClient jdbc, PersonalContent personal) {
        this.jdbc = jdbc;
        this.personal = personal;
    }

    /**
     * For meetings held from the first day of {@code first} to the last of {@code last}: per "month
     * authority" key (as {@link PanelFigures} keys its rows), each lead agency's (by its code) actions; past due when due
     * before {@code judgedOn}. An outcome counts as its highest revision, as in the other panel figures.
     */
    Map<String, Map<String, Led>> byMonth(YearMonth first, YearMonth last, LocalDate judgedOn) {
        Map<String, Map<String, Led>> counts = new HashMap<>();
        jdbc.sql("""
                SELECT o.outcome_id, o.details_encrypted, pm.local_authority, pm.held_on
                FROM panel_outcome o
                JOIN panel_meeting pm ON pm.meeting_id = o.meeting_id
                WHERE o.outcome = 'PLAN_AGREED' AND o.details_encrypted IS NOT NULL
                  AND pm.held_on >= :from AND pm.held_on < :until
                  AND NOT EXISTS (SELECT 1 FROM panel_outcome later
                                  WHERE later.meeting_id = o.meeting_id AND later.decision_id = o.decision_id
                                    AND later.revision > o.revision)
                """)
                .param("from", first.atDay(1))
                .param("until", last.plusMonths(1).atDay(1))
                .query(row -> {
                    String key = YearMonth.from(row.getObject("held_on", LocalDate.class)) + " "
                            + row.getString("local_authority");
                    Map<String, Led> agencies = counts.computeIfAbsent(key, k -> new HashMap<>());
                    count(
                            row.getObject("outcome_id", UUID.class),
                            row.getString("details_encrypted"),
                            judgedOn,
                            agencies);
                });
        return counts;
    }

    /**
     * One plan's actions added to its agencies. Details that cannot be read (altered in the database: the
     * audit's verification names them) add nothing, rather than hide every other plan's actions.
     */
    private void count(UUID outcomeId, String encrypted, LocalDate judgedOn, Map<String, Led> agencies) {
        JsonNode plan;
        try {
            // Bound to the outcome as the panel's store encrypts it.
            plan = JSON.readTree(personal.decryptText(encrypted, "panel-outcome:" + outcomeId))
                    .path("plan");
        } catch (JacksonException unreadable) {
            return;
        }
        for (JsonNode action : plan) {
            String agency = action.path("leadAgency").asString("");
            String due = action.path("dueBy").asString("");
            if (!PanelReportMapper.leadAgencies().contains(agency) || due.isEmpty()) {
                continue;
            }
            boolean pastDue = LocalDate.parse(due).isBefore(judgedOn);
            agencies.merge(agency, new Led(1, pastDue ? 1 : 0), Led::plus);
        }
    }
}
