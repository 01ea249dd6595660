package de.itas.platform.learning.scorm;

/** {@code adlcp:scormtype}: a SCO talks to the runtime API, an asset is only shown. */
public enum ScormType {

	SCO, ASSET

}
