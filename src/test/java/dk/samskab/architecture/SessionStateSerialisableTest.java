package dk.samskab.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.samskab.account.SignedInCaller;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a session holds travels to the other nodes of a cluster (web.xml is distributable), so it
 * must serialise: the session- and view-scoped beans, with every field either serialisable,
 * injected (the container hands out serialisable proxies) or transient, and the signed-in caller.
 */
class SessionStateSerialisableTest {

    private static final List<Class<? extends Annotation>> SESSION_SCOPES = List.of(
            jakarta.enterprise.context.SessionScoped.class,
            jakarta.enterprise.context.ConversationScoped.class,
            jakarta.faces.view.ViewScoped.class);

    private static final Set<Class<?>> SERIALISABLE_INTERFACES = Set.of(
            List.class, java.util.Map.class, Set.class, java.util.Collection.class);

    private static List<Class<?>> sessionHeldBeans() throws ClassNotFoundException {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.samskab")) {
            Class<?> bean = Class.forName(type.getName(), false, SessionStateSerialisableTest.class.getClassLoader());
            if (SESSION_SCOPES.stream().anyMatch(bean::isAnnotationPresent)) {
                beans.add(bean);
            }
        }
        return beans;
    }

    @Test
    void everySessionAndViewScopedBeanSerialises() throws Exception {
        List<Class<?>> beans = sessionHeldBeans();
        assertFalse(beans.isEmpty(), "the product has session- and view-scoped beans");
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!travels(field)) {
                        problems.add(bean.getSimpleName() + "." + field.getName() + " (" + field.getType().getName() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "session state that cannot move to another node");
    }

    private static boolean travels(Field field) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)
                || field.isSynthetic()) {
            return true;
        }
        Class<?> type = field.getType();
        return type.isPrimitive() || type.isEnum() || Serializable.class.isAssignableFrom(type)
                || SERIALISABLE_INTERFACES.contains(type)
                || (type.isArray() && (type.getComponentType().isPrimitive()
                        || Serializable.class.isAssignableFrom(type.getComponentType())));
    }

    @Test
    void theSignedInCallerSurvivesSerialisation() throws Exception {
        SignedInCaller caller = new SignedInCaller("birthe@demo.samskab.dk", Set.of("LEARNER", "MANAGER"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(caller);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(caller, in.readObject());
        }
    }

    @Test
    void theCheckCatchesAFieldThatCannotTravel() throws Exception {
        assertFalse(travels(Unserialisable.class.getDeclaredField("thread")), "a Thread field is caught");
        assertTrue(travels(Unserialisable.class.getDeclaredField("name")), "a String field travels");
    }

    @SuppressWarnings("unused")
    private static final class Unserialisable implements Serializable {
        private Thread thread;
        private String name;
    }
}
