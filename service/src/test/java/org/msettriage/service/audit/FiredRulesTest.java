package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.msettriage.service.problem.UnreadableContentException;

/** The packed form gives back the very text packed, and a stored decision is read from the form it has. */
class FiredRulesTest {

    private static final String JSON = "{\"INDICATOR_POINTS\":7,\"LEVEL_UNCAPPED\":1,\"RETURN_HOME_INTERVIEW\":1}";

    @Test
    void unpackingGivesBackTheTextPackedByteForByteSpacesAndOrderIncluded() {
        String unusual = "{ \"RETURN_HOME_INTERVIEW\" : 1,\"INDICATOR_POINTS\":7 }";

        assertThat(FiredRules.unpack(FiredRules.pack(JSON))).isEqualTo(JSON);
        assertThat(FiredRules.unpack(FiredRules.pack(unusual))).isEqualTo(unusual);
    }

    @Test
    void aListPackedBeforeReadsBackForGood() {
        // Packed by the service with the first dictionary; a packed list carries no mark of its dictionary,
        // so packing with another one would leave every stored list unreadable.
        byte[] stored = HexFormat.of().parseHex("abc6b3941534990c1b1d028dcb4097750007d801");

        assertThat(FiredRules.unpack(stored)).isEqualTo("{\"OVR_SIGNIFICANT_INDICATOR\":1,\"PATHWAY_MSET_PANEL\":1}");
        assertThat(FiredRules.pack("{\"OVR_SIGNIFICANT_INDICATOR\":1,\"PATHWAY_MSET_PANEL\":1}"))
                .isEqualTo(stored);
    }

    @Test
    void theRulesAreReadFromThePackedFormWhenThereIsOneAndFromTheTextOtherwise() {
        assertThat(FiredRules.of(FiredRules.pack(JSON), "{\"OTHER\":1}")).isEqualTo(JSON);
        assertThat(FiredRules.of(null, JSON)).isEqualTo(JSON);
    }

    @Test
    void bytesThatAreNotAPackedFormReadAsNothingSoTheSealNoLongerMatches() {
        byte[] garbled = {(byte) 0xff, 0x00, 0x13, 0x37};

        assertThat(FiredRules.of(garbled, null)).isNull();
        assertThatThrownBy(() -> FiredRules.unpack(garbled)).isInstanceOf(UnreadableContentException.class);
    }
}
