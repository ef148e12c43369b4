/**
 * Lays HTML out as tagged PDF. Exposed so that other modules (attendance's targeting-meeting packs) render their
 * PDFs the one way, rather than each keeping a copy of the renderer.
 */
@org.springframework.modulith.NamedInterface("pdf")
package org.schoolscope.correspondence.pdf;
