package org.pothos.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The training run of the ahead-of-time cache does the command-line part of a first session, and ends cleanly. */
class StartupTrainingTest {

    @Test
    void importsListsAndCountsThenLeavesTheWindowOutWithoutADisplay() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = StartupTraining.run(new PrintWriter(out, true), new PrintWriter(err, true));

        assertEquals(0, code, out + "\n" + err);
        assertTrue(out.toString().contains("Imported 5"), out.toString());
        assertTrue(out.toString().contains("Items:       5"), out.toString());
        assertTrue(out.toString().contains("the window is left out"), out.toString());
    }
}
