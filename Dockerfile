# Reel Reality: the app on port 8501, content embedded, no other service needed.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

COPY requirements.txt .
RUN pip install -r requirements.txt

COPY app.py router.py ./
COPY .streamlit ./.streamlit
COPY content ./content
COPY panels ./panels
COPY reelreality ./reelreality

RUN useradd --create-home app && python -m reelreality.validate
USER app

# Where readers reach the app: canonical links, previews, sitemap, QR codes and share links start here.
# Override at run time: docker run -e REEL_REALITY_PUBLIC_URL=https://reel.example.org ...
ENV REEL_REALITY_PUBLIC_URL=http://localhost:8501

EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import urllib.request, sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status != 200)"

CMD ["streamlit", "run", "app.py", "--server.port=8501", "--server.address=0.0.0.0", "--server.headless=true"]
