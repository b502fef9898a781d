package nl.databiobank.lims.questionnaire.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The Chart.js configuration (PrimeFaces 15's {@code p:chart} takes it as JSON) of one participant's
 * scores over time: one line per chosen scale, one point per completed time point, labelled with its
 * code and completion date. A category axis rather than a time axis: Chart.js's time axis needs a date
 * library that PrimeFaces does not load. A score that is missing leaves a gap the line spans.
 */
final class ScoreChart {

    // distinguishable, also in grey print
    private static final String[] COLOURS = {"#0b4f6c", "#d1495b", "#edae49", "#00798c", "#6a4c93", "#30638e",
        "#8ac926", "#ff7f11", "#5c5c5c", "#b5179e", "#3a86ff", "#7f5539", "#06d6a0", "#ef476f", "#118ab2",
        "#073b4c"};

    /** A completed time point: where it sits on the axis and its present scores. */
    record Point(String code, LocalDate completedOn, Map<String, BigDecimal> scores) implements Serializable {
    }

    /** A line: the scale's code and what the legend says of it. */
    record Line(String code, String legend) implements Serializable {
    }

    private ScoreChart() {
    }

    static String json(List<Point> points, List<Line> lines, String axisTitle) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        points.forEach(p -> labels.add(Json.createArrayBuilder().add(p.code()).add(p.completedOn().toString())));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            points.forEach(p -> {
                BigDecimal score = p.scores().get(line.code());
                if (score == null) {
                    data.addNull();
                } else {
                    data.add(score);
                }
            });
            String colour = COLOURS[i % COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", line.legend()).add("data", data)
                    .add("borderColor", colour).add("backgroundColor", colour).add("spanGaps", true)
                    .add("tension", 0.2).add("pointRadius", 4));
        }
        JsonObjectBuilder yAxis = Json.createObjectBuilder().add("min", 0).add("max", 100)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", axisTitle));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true).add("animation", false)
                // offset: a single time point sits in the middle, not on the axis
                .add("scales", Json.createObjectBuilder().add("y", yAxis)
                        .add("x", Json.createObjectBuilder().add("offset", true)))
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")));
        String json = Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
        // written into a script element as it is: a label must not be able to end it
        return json.replace("<", "\\u003c");
    }
}
