from app.docs.router import install

__all__ = ["install"]
