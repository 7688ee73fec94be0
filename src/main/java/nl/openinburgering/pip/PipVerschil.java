package nl.openinburgering.pip;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One field that differs between two versions of a PIP. The comparison walks the components of
 * {@link PipInhoud} itself, so a field added to the PIP's content shows up here without a change.
 */
public record PipVerschil(String veld, Object oud, Object nieuw) {

    static List<PipVerschil> tussen(PipInhoud oud, PipInhoud nieuw) {
        List<PipVerschil> verschillen = new ArrayList<>();
        for (RecordComponent component : PipInhoud.class.getRecordComponents()) {
            Object was = waarde(component, oud);
            Object wordt = waarde(component, nieuw);
            if (!Objects.equals(was, wordt)) {
                verschillen.add(new PipVerschil(component.getName(), was, wordt));
            }
        }
        return verschillen;
    }

    private static Object waarde(RecordComponent component, PipInhoud inhoud) {
        try {
            return component.getAccessor().invoke(inhoud);
        } catch (IllegalAccessException | InvocationTargetException onmogelijk) {
            throw new IllegalStateException(
                    "Veld " + component.getName() + " van het PIP is niet leesbaar", onmogelijk);
        }
    }
}
