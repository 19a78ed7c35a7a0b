//! Refuses to build against an OpenSSL older than 3 (SPEC §9): `src/client/tls/` relies on
//! OpenSSL 3's verification and error wording, and an older library would build and then
//! misjudge certificates at run time.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=DEP_OPENSSL_VERSION_NUMBER");
    println!("cargo:rerun-if-env-changed=DEP_OPENSSL_LIBRESSL_VERSION_NUMBER");
    // openssl-sys publishes the version it found to the crates that depend on it directly.
    if let Ok(v) = std::env::var("DEP_OPENSSL_LIBRESSL_VERSION_NUMBER") {
        fail(&format!("LibreSSL (version number 0x{v})"));
    }
    match std::env::var("DEP_OPENSSL_VERSION_NUMBER") {
        Ok(v) => match u64::from_str_radix(v.trim(), 16) {
            Ok(n) if n >= 0x3000_0000 => {}
            Ok(_) => fail(&format!("OpenSSL with version number 0x{v}")),
            Err(_) => fail(&format!("an OpenSSL whose version number reads {v:?}")),
        },
        // BoringSSL and AWS-LC publish no version number; neither is OpenSSL 3.
        Err(_) => fail("a TLS library that is not OpenSSL"),
    }
}

fn fail(found: &str) -> ! {
    eprintln!(
        "error: schedctl needs OpenSSL 3.0 or newer, and openssl-sys found {found}. Install \
         the OpenSSL 3 development files (libssl-dev on Debian and Ubuntu, openssl-devel on \
         Fedora), or point OPENSSL_DIR at an OpenSSL 3 installation."
    );
    std::process::exit(1);
}
