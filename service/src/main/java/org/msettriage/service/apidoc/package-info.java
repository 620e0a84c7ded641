/** The API document the running service implements, served to its callers in YAML and JSON. */
package org.msettriage.service.apidoc;
