package org.secondlook.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;

/** A property that mirrors one key of an observable map: null when the key is absent. */
public final class MapEntryProperty {

    private MapEntryProperty() {
    }

    public static <K, V> ObjectProperty<V> of(ObservableMap<K, V> map, K key) {
        ObjectProperty<V> property = new SimpleObjectProperty<>(map.get(key));
        property.addListener((obs, was, now) -> {
            if (now == null) {
                map.remove(key);
            } else {
                map.put(key, now);
            }
        });
        map.addListener((MapChangeListener<K, V>) change -> {
            if (change.getKey().equals(key)) {
                property.set(map.get(key));
            }
        });
        return property;
    }
}
