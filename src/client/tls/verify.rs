//! Server chain verification: OpenSSL's callback that adds, from the bundles, only the
//! certificates the chain can need before OpenSSL's own verification runs.

use std::ffi::{c_int, c_void};
use std::path::PathBuf;
use std::sync::OnceLock;

use foreign_types::{ForeignType, ForeignTypeRef};
use openssl::error::ErrorStack;
use openssl::ex_data::Index;
use openssl::ssl::{SslContext, SslContextBuilder};
use openssl::x509::{X509Name, X509NameRef, X509StoreContext, X509StoreContextRef, X509};

use super::bundle::{pem_certificates, Bundle};
use crate::pem::looks_like_pem;

// Not wrapped by the openssl crate; part of libssl's and libcrypto's public API.
extern "C" {
    fn SSL_CTX_set_cert_verify_callback(
        ctx: *mut openssl_sys::SSL_CTX,
        cb: Option<unsafe extern "C" fn(*mut openssl_sys::X509_STORE_CTX, *mut c_void) -> c_int>,
        arg: *mut c_void,
    );
    fn X509_STORE_CTX_get0_cert(ctx: *const openssl_sys::X509_STORE_CTX) -> *mut openssl_sys::X509;
    fn X509_STORE_CTX_get0_untrusted(
        ctx: *const openssl_sys::X509_STORE_CTX,
    ) -> *mut openssl_sys::stack_st_X509;
    fn X509_STORE_load_locations(
        store: *mut openssl_sys::X509_STORE,
        file: *const std::ffi::c_char,
        dir: *const std::ffi::c_char,
    ) -> c_int;
}

/// What a verification may draw on besides the hashed directories.
struct LazyRoots {
    bundles: Vec<LazyBundle>,
}

/// A bundle a verification draws on.
pub(super) enum LazyBundle {
    /// `ca_certificate`, read and indexed already.
    Ready(Bundle),
    /// A platform file, read and indexed on first use; unreadable means empty.
    File(PathBuf, OnceLock<Option<Bundle>>),
}

impl LazyBundle {
    /// The bundle to draw on; a platform file with trust settings (`TRUSTED CERTIFICATE`)
    /// is loaded whole into `store` by OpenSSL's own loader instead, once.
    fn get(&self, store: *mut openssl_sys::X509_STORE) -> Option<&Bundle> {
        match self {
            LazyBundle::Ready(bundle) => Some(bundle),
            LazyBundle::File(path, cell) => cell
                .get_or_init(|| {
                    let bytes = std::fs::read(path).ok()?;
                    // Split once: the blocks say whether OpenSSL must load the file itself,
                    // and otherwise they are the bundle.
                    let blocks = pem_certificates(&bytes);
                    let trusted = blocks
                        .as_ref()
                        .is_some_and(|blocks| blocks.iter().any(|(_, trusted)| *trusted));
                    if trusted {
                        let path =
                            std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).ok()?;
                        // SAFETY: a valid store and a NUL-terminated path; failures are
                        // ignored as set_default_verify_paths ignores them.
                        unsafe {
                            X509_STORE_load_locations(store, path.as_ptr(), std::ptr::null());
                        }
                        return None;
                    }
                    match blocks {
                        Some(blocks) if looks_like_pem(&bytes) => {
                            Bundle::from_pem_blocks(blocks).ok()
                        }
                        _ => Bundle::from_bytes(&bytes).ok(),
                    }
                })
                .as_ref(),
        }
    }
}

/// The `SSL_CTX` ex_data slot that holds a context's [`LazyRoots`].
static ROOTS_INDEX: OnceLock<Index<SslContext, LazyRoots>> = OnceLock::new();

fn roots_index() -> Result<Index<SslContext, LazyRoots>, ErrorStack> {
    if let Some(index) = ROOTS_INDEX.get() {
        return Ok(*index);
    }
    let index = SslContext::new_ex_index()?;
    Ok(*ROOTS_INDEX.get_or_init(|| index))
}

/// Makes `ctx` draw on `bundles` when it verifies a server's chain.
pub(super) fn install(
    ctx: &mut SslContextBuilder,
    bundles: Vec<LazyBundle>,
) -> Result<(), ErrorStack> {
    ctx.set_ex_data(roots_index()?, LazyRoots { bundles });
    // SAFETY: the callback only reads what the context owns (its ex_data lives as long as
    // the context) and has no argument.
    unsafe {
        SSL_CTX_set_cert_verify_callback(
            ctx.as_ptr(),
            Some(verify_with_lazy_roots),
            std::ptr::null_mut(),
        );
    }
    Ok(())
}

/// Adds the bundle certificates the server's chain may need, then runs OpenSSL's own
/// verification with everything `SSL_connect` set up (host name, depth, purpose).
///
/// A panic must not leave an `extern "C"` function, and none can start here: every lookup
/// returns an `Option` or a `Result` that is handled, and the bundle code it calls neither
/// indexes nor unwraps. So there is nothing to catch.
unsafe extern "C" fn verify_with_lazy_roots(
    ctx: *mut openssl_sys::X509_STORE_CTX,
    _arg: *mut c_void,
) -> c_int {
    // SAFETY: OpenSSL passes a valid store context for the duration of the call.
    let ctx = unsafe { X509StoreContextRef::from_ptr_mut(ctx) };
    add_candidates(ctx);
    match ctx.verify_cert() {
        Ok(true) => 1,
        _ => 0,
    }
}

fn add_candidates(ctx: &mut X509StoreContextRef) {
    let Ok(ssl_idx) = X509StoreContext::ssl_idx() else {
        return;
    };
    let Some(ssl) = ctx.ex_data(ssl_idx) else {
        return;
    };
    // Set before the callback was installed; absent, there is nothing to add.
    let Some(&index) = ROOTS_INDEX.get() else {
        return;
    };
    let Some(roots) = ssl.ssl_context().ex_data(index) else {
        return;
    };
    // The chain being verified, from the store context: `SSL_get_peer_cert_chain` is only
    // filled once verification is over on OpenSSL 1.1.
    let mut chain: Vec<&openssl::x509::X509Ref> = Vec::new();
    // SAFETY: the context is valid for this call; the leaf and the untrusted stack it
    // returns are owned by it and outlive this function's use of them.
    unsafe {
        let leaf = X509_STORE_CTX_get0_cert(ctx.as_ptr());
        if !leaf.is_null() {
            chain.push(openssl::x509::X509Ref::from_ptr(leaf));
        }
        let untrusted = X509_STORE_CTX_get0_untrusted(ctx.as_ptr());
        if !untrusted.is_null() {
            let stack = openssl::stack::StackRef::<X509>::from_ptr(untrusted);
            chain.extend(stack.iter());
        }
    }
    let mut wanted = Vec::new();
    for cert in chain {
        for name in [cert.subject_name(), cert.issuer_name()] {
            if let Ok(name) = name.to_owned() {
                wanted.push(name);
            }
        }
    }
    let store = ssl.ssl_context().cert_store().as_ptr();
    for bundle in roots.bundles.iter().filter_map(|b| b.get(store)) {
        let copy: Result<Vec<X509Name>, _> =
            wanted.iter().map(|n| X509NameRef::to_owned(n)).collect();
        let Ok(mut copy) = copy else {
            continue;
        };
        for cert in bundle.certificates_for(&mut copy) {
            // SAFETY: both pointers are valid; the store takes its own reference to the
            // certificate and locks itself, and a duplicate is ignored.
            unsafe {
                openssl_sys::X509_STORE_add_cert(store, cert.as_ptr());
            }
        }
    }
}
