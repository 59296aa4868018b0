package app.groundwork.ui.progress.charts;

import app.groundwork.domain.NamedCount;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The bars of the feelings and body signals charts: the most often named first, each as long as its share. */
final class NamedBars {
    private NamedBars() {
    }

    static List<BarRows.Bar> bars(List<NamedCount> counts, Function<NamedCount, String> name,
                                  Function<NamedCount, String> value, Function<NamedCount, String> accessible) {
        List<NamedCount> top = counts.stream().limit(ChartCaptions.TOP_NAMED).toList();
        double most = top.stream().mapToInt(NamedCount::count).max().orElse(1);
        List<BarRows.Bar> bars = new ArrayList<>();
        for (NamedCount count : top) {
            bars.add(new BarRows.Bar(name.apply(count), count.count() / most, value.apply(count),
                    accessible.apply(count), count.custom() ? "progress-bar-own" : null));
        }
        return bars;
    }
}
