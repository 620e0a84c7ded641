package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.springframework.security.web.method.annotation.AuthenticationPrincipalArgumentResolver;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Add another action" and "Clear the actions" on the agenda's outcome form: a page without script grows
 * or empties the plan by sending the form, which comes back as filled in with one more row, or none, and
 * nothing is checked or recorded.
 */
class OutcomeFormSentBackTest {

    private static final UUID MEETING = UUID.randomUUID();
    private static final UUID DECISION = UUID.randomUUID();

    private final PanelMeetings meetings = mock(PanelMeetings.class);
    private final PanelHearings hearings = mock(PanelHearings.class);
    private MockMvc mvc;

    @BeforeEach
    void controller() {
        when(meetings.find(MEETING))
                .thenReturn(Optional.of(new PanelMeeting(
                        MEETING,
                        "GATESHEAD",
                        LocalDate.now(),
                        OffsetDateTime.now(ZoneOffset.UTC),
                        "api-key:x",
                        PanelMeeting.endOf(LocalDate.now(), ZoneOffset.UTC))));
        PanelPages pages = new PanelPages(
                meetings,
                mock(PanelAgenda.class),
                hearings,
                mock(ActiveRuleset.class),
                JsonMapper.builder().build(),
                mock(PanelWords.class));
        mvc = MockMvcBuilders.standaloneSetup(pages)
                .setCustomArgumentResolvers(new AuthenticationPrincipalArgumentResolver())
                .build();
    }

    @Test
    void addsOneRowToTheFormAsFilledInAndRecordsNothing() throws Exception {
        MockHttpServletRequestBuilder form = form(4).param("then", PanelPages.ADD_ACTION)
                .param("outcome", "PLAN_AGREED")
                .param("reason", "kept as typed")
                .param("exitReason", "OTHER")
                .param("exitText", "also kept");

        MvcResult sent = mvc.perform(form).andReturn();

        assertThat(sent.getResponse().getStatus()).isEqualTo(302);
        assertThat(sent.getResponse().getRedirectedUrl())
                .as("the row added, in view: the form is long")
                .isEqualTo("/panel/meetings/" + MEETING + "#" + PanelPages.anchor(DECISION) + "-action-5");
        ReturnedOutcomeForm returned = (ReturnedOutcomeForm) sent.getFlashMap().get("returned");
        assertThat(returned.isOf(DECISION)).isTrue();
        assertThat(returned.refused()).isFalse();
        assertThat(returned.notice())
                .isEqualTo("Action 5 added. Nothing is recorded until you press Record the outcome.");
        assertThat(returned.outcome()).isEqualTo("PLAN_AGREED");
        assertThat(returned.reason()).isEqualTo("kept as typed");
        assertThat(returned.exitReason()).isEqualTo("OTHER");
        assertThat(returned.exitText()).isEqualTo("also kept");
        PlanForm plan = returned.plan();
        assertThat(plan.rows()).isEqualTo(5);
        assertThat(IntStream.rangeClosed(1, 4).mapToObj(plan::text)).containsExactly("Words 1", "", "Words 3", "");
        assertThat(plan.code(2)).isEqualTo("CODE_2");
        assertThat(plan.lead(3)).isEqualTo("EDUCATION");
        assertThat(plan.due(4)).isEqualTo("4/1/2027");
        assertThat(plan.code(5) + plan.text(5) + plan.due(5)).isEmpty();
        verifyNoInteractions(hearings);
    }

    @Test
    void offersNoRowBeyondTheMostActionsAPlanMayHave() throws Exception {
        MvcResult sent = mvc.perform(form(PanelHearings.MOST_ACTIONS - 1).param("then", PanelPages.ADD_ACTION))
                .andReturn();
        PlanForm plan = ((ReturnedOutcomeForm) sent.getFlashMap().get("returned")).plan();
        assertThat(plan.rows()).isEqualTo(PanelHearings.MOST_ACTIONS);
        assertThat(plan.canGrow()).isFalse();

        MvcResult again = mvc.perform(form(PanelHearings.MOST_ACTIONS).param("then", PanelPages.ADD_ACTION))
                .andReturn();
        assertThat(((ReturnedOutcomeForm) again.getFlashMap().get("returned"))
                        .plan()
                        .rows())
                .isEqualTo(PanelHearings.MOST_ACTIONS);
        verifyNoInteractions(hearings);
    }

    @Test
    void showsEveryActionOfAFormMadeWithMoreThanAPlanMayHaveSoNoneIsLostUnseen() throws Exception {
        int sent = PanelHearings.MOST_ACTIONS + 1;
        MvcResult returned =
                mvc.perform(form(sent).param("then", PanelPages.ADD_ACTION)).andReturn();

        ReturnedOutcomeForm form = (ReturnedOutcomeForm) returned.getFlashMap().get("returned");
        PlanForm plan = form.plan();
        assertThat(plan.rows()).isEqualTo(sent);
        assertThat(plan.text(sent)).isEqualTo("Words " + sent);
        assertThat(plan.canGrow()).isFalse();
        assertThat(form.notice()).startsWith("No action was added: a plan has at most 40 actions.");
        // Hundreds of rows sent by hand are not all drawn.
        MvcResult many = mvc.perform(form(PlanForm.MOST_SHOWN + 50).param("then", PanelPages.ADD_ACTION))
                .andReturn();
        assertThat(((ReturnedOutcomeForm) many.getFlashMap().get("returned"))
                        .plan()
                        .rows())
                .isEqualTo(PlanForm.MOST_SHOWN);
        verifyNoInteractions(hearings);
    }

    @Test
    void clearsEveryActionOfAPlanBeingCorrectedKeepingTheRestAndRecordsNothing() throws Exception {
        MvcResult sent = mvc.perform(form(6).param("then", PanelPages.CLEAR_ACTIONS)
                        .param("corrects", UUID.randomUUID().toString())
                        .param("outcome", "NOT_HEARD")
                        .param("reason", "The school could not attend"))
                .andReturn();

        ReturnedOutcomeForm returned = (ReturnedOutcomeForm) sent.getFlashMap().get("returned");
        assertThat(returned.plan().hasActions()).isFalse();
        assertThat(returned.plan().rows()).isEqualTo(PlanForm.BLANK_ROWS);
        assertThat(returned.outcome()).isEqualTo("NOT_HEARD");
        assertThat(returned.reason()).isEqualTo("The school could not attend");
        assertThat(returned.notice())
                .isEqualTo(
                        "The plan's actions were cleared. Nothing is recorded until you press Record the correction.");
        verifyNoInteractions(hearings);
    }

    /** The agenda's form for the decision with this many plan rows: odd rows in words, even by code. */
    private static MockHttpServletRequestBuilder form(int rows) {
        MockHttpServletRequestBuilder form =
                post("/panel/meetings/{id}/outcomes", MEETING).param("decisionId", DECISION.toString());
        for (int row = 1; row <= rows; row++) {
            form.param("planCode", row % 2 == 0 && row < 3 ? "CODE_" + row : "")
                    .param("planText", row % 2 == 1 ? "Words " + row : "")
                    .param("planLead", row % 2 == 1 ? "EDUCATION" : "POLICE")
                    .param("planDue", row == 4 ? "4/1/2027" : "");
        }
        return form;
    }
}
