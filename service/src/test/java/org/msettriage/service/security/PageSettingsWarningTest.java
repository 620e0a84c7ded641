package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When a page warns that its session is about to end without use. */
class PageSettingsWarningTest {

    @Test
    void aSessionWarnsTwoMinutesAheadOrHalfwayThroughAShortOne() {
        assertThat(new PageSettings(false, Duration.ofMinutes(15), 3, null).warnAfterSeconds())
                .isEqualTo(13 * 60);
        assertThat(new PageSettings(false, Duration.ofMinutes(3), 3, null).warnAfterSeconds())
                .isEqualTo(90);
        assertThat(new PageSettings(false, Duration.ofMinutes(1), 3, Duration.ofSeconds(57)).warnAfterSeconds())
                .isEqualTo(3);
    }

    @Test
    void aWarningMustComeBeforeTheSessionEnds() {
        assertThatThrownBy(() -> new PageSettings(false, Duration.ofMinutes(5), 3, Duration.ofMinutes(5)))
                .hasMessage("mset.pages.idle-warning must be more than no time, and less than"
                        + " mset.pages.idle-timeout (5 min): it is 300s");
        assertThatThrownBy(() -> new PageSettings(false, Duration.ofMinutes(5), 3, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIdleTimeoutIsWholeMinutesAsTheContainerKeepsIt() {
        // 90 s would be kept as one minute, and an 80-second warning due 20 s before the page opened.
        assertThatThrownBy(() -> new PageSettings(false, Duration.ofSeconds(90), 3, Duration.ofSeconds(80)))
                .hasMessage("mset.pages.idle-timeout must be whole minutes, as the servlet container keeps it: 90s"
                        + " would end a session after 1 min; give 1m or 2m");
        assertThatThrownBy(() -> new PageSettings(false, Duration.ofSeconds(90), 3, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
