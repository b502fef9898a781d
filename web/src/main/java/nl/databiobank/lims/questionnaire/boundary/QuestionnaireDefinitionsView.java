package nl.databiobank.lims.questionnaire.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.questionnaire.control.DefinitionWriter;
import nl.databiobank.lims.questionnaire.entity.Questionnaire;
import nl.databiobank.lims.questionnaire.entity.QuestionnaireItem;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The administrator's questionnaire definitions: the list with whether each is in use, one shown
 * with its items and scales, a JSON file loaded, a definition downloaded, and edited as JSON. Every
 * save goes through the service that the API uses; what it refuses is listed field by field.
 */
@Named
@ViewScoped
public class QuestionnaireDefinitionsView implements Serializable {

    private static final String BUNDLE = "definitionmsg";

    private static final long serialVersionUID = 1L;
    /** The QLQ-C30 with wording in two languages is some 15 kB; far more is no definition. */
    static final int UPLOAD_LIMIT_KB = 1024;

    @EJB
    QuestionnaireDefinitionService definitions;

    private List<DefinitionOverview> list;
    private DefinitionOverview shown;
    private transient Questionnaire shownDefinition;
    private DefinitionOverview editing;
    private String json;
    private transient UploadedFile file;
    private List<String> problems = List.of();
    /** Whether the problems are the editor's (shown beside it) or an uploaded file's (shown at the top). */
    private boolean problemsOfEditor;

    @PostConstruct
    void load() {
        list = definitions.overview();
    }

    public void show(DefinitionOverview definition) {
        shown = definition;
        shownDefinition = null;
    }

    public void closeShown() {
        shown = null;
        shownDefinition = null;
    }

    /** Opens the editor on the stored JSON of the definition. */
    public void edit(DefinitionOverview definition) {
        editing = definition;
        problems = List.of();
        json = DefinitionWriter.pretty(definitions.json(definition.code(), definition.version()));
    }

    public void closeEditor() {
        editing = null;
        json = null;
        problems = List.of();
    }

    public void save() {
        problemsOfEditor = true;
        if (store(json)) {
            closeEditor();
        }
    }

    public void upload() {
        problems = List.of();
        problemsOfEditor = false;
        if (file == null || file.getSize() == 0) {
            Messages.errorIn(BUNDLE, "definitions.upload.none");
            return;
        }
        if (file.getSize() > UPLOAD_LIMIT_KB * 1024L) {
            Messages.errorIn(BUNDLE, "definitions.upload.tooLarge", UPLOAD_LIMIT_KB);
            return;
        }
        try {
            store(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getContent())).toString().replace("\uFEFF", ""));
        } catch (CharacterCodingException e) {
            Messages.errorIn(BUNDLE, "definitions.upload.notUtf8");
        }
    }

    public StreamedContent download(DefinitionOverview definition) {
        byte[] content = DefinitionWriter.pretty(definitions.json(definition.code(), definition.version()))
                .getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("questionnaire-" + definition.code() + "-" + definition.version() + ".json")
                .contentType("application/json")
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    /** Whether the definition was stored; says what happened, or lists what is wrong. */
    private boolean store(String text) {
        problems = List.of();
        try {
            DefinitionLoaded loaded = definitions.load(text, null);
            Messages.infoIn(BUNDLE, "definitions.loaded." + loaded.outcome(), loaded.code(), loaded.version());
            load();
            shown = list.stream().filter(d -> d.code().equals(loaded.code()) && d.version().equals(loaded.version()))
                    .findFirst().orElse(null);
            shownDefinition = null;
            return true;
        } catch (LimsException refused) {
            Locale locale = Messages.locale();
            if (refused.fieldErrors().isEmpty()) {
                // in use (409), or someone else was quicker: one message that says what to do
                Messages.errorText(refused.message(locale));
            } else {
                Messages.errorIn(BUNDLE, "definitions.problems");
                problems = refused.fieldErrors().stream().map(e -> e.field() + " — " + e.message(locale)).toList();
            }
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }

    /** The item's wording, a line per language: "nl: ...". */
    public String wording(QuestionnaireItem item) {
        return item.texts().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    public String numbers(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public List<DefinitionOverview> getList() {
        return list;
    }

    public DefinitionOverview getShown() {
        return shown;
    }

    /** The definition shown, with items, scales and wording; read again after the view was restored. */
    public Questionnaire getShownDefinition() {
        if (shownDefinition == null && shown != null) {
            shownDefinition = definitions.get(shown.code(), shown.version());
        }
        return shownDefinition;
    }

    public DefinitionOverview getEditing() {
        return editing;
    }

    public String getJson() {
        return json;
    }

    public void setJson(String json) {
        this.json = json;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<String> getProblems() {
        return problems;
    }

    public boolean isProblemsOfEditor() {
        return problemsOfEditor;
    }
}
