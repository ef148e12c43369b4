package org.schoolscope.shared;

import java.util.List;

/**
 * A module's statement of who may use each of its routes, as a Spring bean. The access module gathers every
 * module's rules into the security chain and a test fails on any route that no rule covers, so the rule lives
 * beside the controller it guards rather than in one list every module edits.
 */
public interface RouteRules {

    List<RouteRule> routeRules();
}
