package org.secondlook.app;

import java.nio.file.Path;

/**
 * How the desktop app was asked to start.
 *
 * @param database     sessions database, or null for the per-user default
 * @param store        the clinic store's address ({@code --store}), or null for {@code SECOND_LOOK_STORE} or none
 * @param knowledgeDir edited content to use instead of the built-in content, or null
 * @param startupProbe print the time to the first frame and exit
 * @param aotTraining  walk every step once on a throw-away database and exit: the run that trains the packaged
 *                     app's AOT cache
 */
public record GuiOptions(Path database, String store, Path knowledgeDir, boolean startupProbe, boolean aotTraining) {
}
