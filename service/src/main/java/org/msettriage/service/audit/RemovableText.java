package org.msettriage.service.audit;

import java.util.Optional;

/**
 * Free text a sealed record keeps encrypted (an access reason, a feedback comment), covered by its seal
 * through the digest of its ciphertext, so the retention period can remove the text with its decision's
 * content and the record still verifies; removed any earlier, or replaced, it is a problem.
 */
final class RemovableText {

    private RemovableText() {}

    /** What is wrong with the text as stored, named as {@code what} ("its reason"), if anything. */
    static Optional<String> problem(
            String encrypted, String sealedSha256, boolean decisionContentRemoved, String what) {
        if (encrypted != null) {
            return PersonalDigest.ofEncryptedText(encrypted).equals(sealedSha256)
                    ? Optional.empty()
                    : Optional.of(what + " differs from what was sealed");
        }
        if (sealedSha256 != null && !decisionContentRemoved) {
            return Optional.of(what + " was removed while the decision's content is still kept, before its"
                    + " retention period ended");
        }
        return Optional.empty();
    }
}
