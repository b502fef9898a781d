package nl.databiobank.lims.questionnaire.boundary;

/** The page bundle of the due list, entry grid and timeline: {@code Messages.textIn(QuestionnaireText.BUNDLE, ...)}. */
final class QuestionnaireText {

    static final String BUNDLE = "questionnairemsg";

    private QuestionnaireText() {
    }
}
