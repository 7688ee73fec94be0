@org.jspecify.annotations.NullMarked
package nl.openinburgering.platform.internal;
