import Glibc

/// The JSON layer's file opening, inspection and error texts. Reads and writes go through
/// `SystemCall` (SociosanSystem), shared with the store and the tool.
enum SystemIO {
    /// Opens a file for reading; refuses a directory up front, because `read(2)` on one fails
    /// only later and with a less telling error.
    static func openForReading(_ path: String) -> Result<Int32, Errno> {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { return .failure(Errno(errno)) }
        if isDirectory(descriptor) {
            Glibc.close(descriptor)
            return .failure(Errno(EISDIR))
        }
        return .success(descriptor)
    }

    /// Creates (or truncates) a file for writing, mode 0644 before the umask.
    static func createForWriting(_ path: String) -> Result<Int32, Errno> {
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 { return .failure(Errno(errno)) }
        return .success(descriptor)
    }

    static func isDirectory(_ descriptor: Int32) -> Bool {
        var status = stat()
        return fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// The size of a regular file, or `nil` for pipes, terminals and other streams, which can
    /// be read only once.
    static func regularFileSize(_ descriptor: Int32) -> Int? {
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    static func currentOffset(_ descriptor: Int32) -> Int? {
        let offset = lseek(descriptor, 0, SEEK_CUR)
        return offset < 0 ? nil : Int(offset)
    }

    /// The C library's English text for an error number.
    static func englishText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    /// An Italian text for the error numbers a user can meet reading or writing files; others
    /// keep the C library's English text, which is still better than a bare number.
    static func italianText(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "file o cartella inesistente"
        case EACCES: return "permesso negato"
        case EPERM: return "operazione non permessa"
        case EISDIR: return "è una cartella, non un file"
        case ENOTDIR: return "un elemento del percorso non è una cartella"
        case ELOOP: return "troppi collegamenti simbolici nel percorso"
        case ENAMETOOLONG: return "nome di file troppo lungo"
        case EMFILE, ENFILE: return "troppi file aperti"
        case EIO: return "errore di input/output del dispositivo"
        case EPIPE: return "pipe interrotta: il programma che leggeva l'output ha chiuso"
        case ENOSPC: return "spazio esaurito sul dispositivo"
        case EDQUOT: return "quota disco superata"
        case EFBIG: return "file troppo grande"
        case EROFS: return "file system in sola lettura"
        case EBADF: return "descrittore di file non valido"
        case ENOMEM: return "memoria insufficiente"
        case EINVAL: return "argomento non valido"
        default: return englishText(code)
        }
    }

    /// An `errno` value, wrapped so that `Result` can carry it.
    struct Errno: Error {
        let code: Int32
        init(_ code: Int32) { self.code = code }
    }
}
