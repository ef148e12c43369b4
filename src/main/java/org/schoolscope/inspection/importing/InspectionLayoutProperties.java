package org.schoolscope.inspection.importing;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param layoutsFolder a folder of extra layout YAML files, read at start-up beside the ones packed in the jar, so
 *     that the first real file of a new layout can be taken on without a release; unset for none
 */
@ConfigurationProperties("schoolscope.inspection")
public record InspectionLayoutProperties(Path layoutsFolder) {
}
