package org.msettriage.service.pages;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Keeps text a caller wrote (a note, a comment, a reason) from turning the words around it, or its own,
 * backwards on every page: a right-to-left override sent in feedback displayed "desrever" as "reversed"
 * on the auditor's page. Applied to everything the pages render, so no page can forget it: the controls
 * that force a direction (U+202A to U+202E, U+2066 to U+2069) are shown as words, and text holding
 * right-to-left letters is isolated from what surrounds it, as {@code <bdi>} would. The stored record and
 * the API keep the text exactly as it was sent, which the seals and the subject's own copy need.
 */
@Component
class FreeTextDirection extends AbstractDialect implements IPostProcessorDialect {

    /** What a page shows in place of each control: words an auditor can read and search the record for. */
    static final String SHOWN = "[direction control]";

    private static final Pattern CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final String FIRST_STRONG_ISOLATE = "\u2068";
    private static final String POP_DIRECTIONAL_ISOLATE = "\u2069";
    /** Elements whose text is a field's value or not shown as text at all. */
    private static final Set<String> NOT_ISOLATED = Set.of("textarea", "option", "title", "script", "style");

    FreeTextDirection() {
        super("Free text direction");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, Neutralised.class, 1000));
    }

    /** The text with each direction control shown as words, isolated if it holds right-to-left letters. */
    static String shown(String text) {
        String neutral = CONTROLS.matcher(text).replaceAll(SHOWN);
        return rightToLeft(neutral) ? FIRST_STRONG_ISOLATE + neutral + POP_DIRECTIONAL_ISOLATE : neutral;
    }

    /** A form field's text is sent back as it is shown: it is not isolated, lest the marks be sent back too. */
    static String shownInField(String text) {
        return CONTROLS.matcher(text).replaceAll(SHOWN);
    }

    private static boolean rightToLeft(String text) {
        return text.codePoints()
                .map(Character::getDirectionality)
                .anyMatch(direction -> direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
    }

    private static boolean carriesControls(String text) {
        return text != null && CONTROLS.matcher(text).find();
    }

    /** The handler each page's output passes through; Thymeleaf makes one per page rendered. */
    public static final class Neutralised extends AbstractTemplateHandler {

        private IModelFactory models;
        private int insideNotIsolated;

        @Override
        public void setContext(ITemplateContext context) {
            super.setContext(context);
            this.models = context.getModelFactory();
        }

        @Override
        public void handleText(IText text) {
            String shown = insideNotIsolated > 0 ? shownInField(text.getText()) : shown(text.getText());
            super.handleText(shown.equals(text.getText()) ? text : models.createText(shown));
        }

        @Override
        public void handleOpenElement(IOpenElementTag tag) {
            if (notIsolated(tag.getElementCompleteName())) {
                insideNotIsolated++;
            }
            super.handleOpenElement(neutralAttributes(tag));
        }

        @Override
        public void handleCloseElement(ICloseElementTag tag) {
            if (notIsolated(tag.getElementCompleteName()) && insideNotIsolated > 0) {
                insideNotIsolated--;
            }
            super.handleCloseElement(tag);
        }

        private static boolean notIsolated(String element) {
            return NOT_ISOLATED.contains(element.toLowerCase(Locale.ROOT));
        }

        @Override
        public void handleStandaloneElement(IStandaloneElementTag tag) {
            super.handleStandaloneElement(neutralAttributes(tag));
        }

        /** An input's value or a title shows the controls as words too; no attribute can be isolated. */
        private <T extends IProcessableElementTag> T neutralAttributes(T tag) {
            T neutral = tag;
            for (IAttribute attribute : tag.getAllAttributes()) {
                if (carriesControls(attribute.getValue())) {
                    neutral = models.setAttribute(
                            neutral, attribute.getAttributeCompleteName(), shownInField(attribute.getValue()));
                }
            }
            return neutral;
        }
    }
}
