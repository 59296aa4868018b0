package app.groundwork.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Entries in file order, also reachable by id. The ids are already known to be unique when this is built. */
record IdCatalog<T>(List<T> all, Map<String, T> byId) {
    IdCatalog {
        all = List.copyOf(all);
        byId = Map.copyOf(byId);
    }

    static <T> IdCatalog<T> of(List<T> entries, Function<T, String> idOf) {
        Map<String, T> byId = new LinkedHashMap<>();
        entries.forEach(entry -> byId.put(idOf.apply(entry), entry));
        return new IdCatalog<>(entries, byId);
    }

    Optional<T> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Set<String> ids() {
        return byId.keySet();
    }
}
