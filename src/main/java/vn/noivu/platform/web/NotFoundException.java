package vn.noivu.platform.web;

/** Nothing of that kind with that key exists in the caller's scope: 404 (out of scope looks the same). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String entity, Object key) {
        super(entity + " " + key + " not found");
    }
}
